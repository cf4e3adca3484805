package org.tmfsafety.server.system;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API in the OpenAPI document served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tmfSafetyOpenApi() {
        return new OpenAPI().info(new Info().title("TMF Safety API")
            .version("v1")
            .description("Registry of tailings management facilities. Field names are lowerCamelCase; errors are "
                    + "RFC 9457 application/problem+json with an errors array of {field, message} in the language "
                    + "of Accept-Language (en, ru, kk). Updates need the version that was read (optimistic "
                    + "locking); a stale version gets 409.")
            .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
    }

}

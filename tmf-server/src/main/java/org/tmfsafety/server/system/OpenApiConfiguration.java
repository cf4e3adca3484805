package org.tmfsafety.server.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API in the OpenAPI document served at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI tmfSafetyOpenApi() {
        return new OpenAPI()
            .components(new Components()
                .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                .addSecuritySchemes("token", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer")
                    .description("A personal API token (tmf_...) created on the account page")))
            .addSecurityItem(new SecurityRequirement().addList("basic"))
            .addSecurityItem(new SecurityRequirement().addList("token"))
            .info(new Info().title("TMF Safety API")
            .version("v1")
            .description("Registry of tailings management facilities. Field names are lowerCamelCase; errors are "
                    + "RFC 9457 application/problem+json with an errors array of {field, message} in the language "
                    + "of Accept-Language (en, ru, kk). Updates need the version that was read (optimistic "
                    + "locking); a stale version gets 409. Reading published facilities needs no credentials; "
                    + "everything else takes HTTP Basic or a personal token (401 without, 403 when not allowed, "
                    + "429 after too many failed sign-ins).")
            .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
    }

}

package org.tmfsafety.server.system;

import java.time.Clock;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Language resolution and switching ({@code ?lang=en|ru|kk} on any page), and the clock. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver(@Value("${tmf.default-language:en}") String defaultLanguage) {
        Locale locale = Languages.supported(Locale.forLanguageTag(defaultLanguage));
        if (locale == null) {
            throw new IllegalStateException("tmf.default-language must be one of en, ru, kk: " + defaultLanguage);
        }
        return new SupportedLocaleResolver(locale);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

}

package org.tmfsafety.server.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SupportedLocaleResolverTest {

    private final SupportedLocaleResolver resolver = new SupportedLocaleResolver(Locale.ENGLISH);

    private static MockHttpServletRequest request(String acceptLanguage) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        return request;
    }

    @Test
    void usesTheBestSupportedLanguageOfTheHeader() {
        assertThat(resolver.resolveLocale(request("ru-RU,ru;q=0.9,en;q=0.8")).getLanguage()).isEqualTo("ru");
        assertThat(resolver.resolveLocale(request("de-DE,kk;q=0.5")).getLanguage()).isEqualTo("kk");
        assertThat(resolver.resolveLocale(request("de-DE")).getLanguage()).isEqualTo("en");
        assertThat(resolver.resolveLocale(request(null)).getLanguage()).isEqualTo("en");
    }

    @Test
    void remembersAChosenLanguageInACookieForAYear() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(request(null), response, Locale.forLanguageTag("kk-KZ"));
        Cookie cookie = response.getCookie(SupportedLocaleResolver.COOKIE_NAME);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);

        MockHttpServletRequest next = request("ru");
        next.setCookies(cookie);
        assertThat(resolver.resolveLocale(next).getLanguage()).as("the choice beats the header").isEqualTo("kk");
    }

    @Test
    void neverRemembersOrResolvesAnUnsupportedLanguage() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        resolver.setLocale(request(null), response, Locale.GERMAN);
        assertThat(response.getCookie(SupportedLocaleResolver.COOKIE_NAME)).isNull();

        MockHttpServletRequest forged = request("ru");
        forged.setCookies(new Cookie(SupportedLocaleResolver.COOKIE_NAME, "de"));
        assertThat(resolver.resolveLocale(forged).getLanguage()).isEqualTo("ru");
    }

}

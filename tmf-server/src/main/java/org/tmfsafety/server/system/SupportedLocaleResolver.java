package org.tmfsafety.server.system;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Resolves the user's language: the language chosen with the switch (kept in a cookie for a year),
 * else the best supported match of the {@code Accept-Language} header, else the default language.
 * Only English, Russian and Kazakh are ever resolved or remembered.
 */
class SupportedLocaleResolver implements LocaleResolver {

    static final String COOKIE_NAME = "TMF_LANG";

    private final CookieLocaleResolver cookie = new CookieLocaleResolver(COOKIE_NAME);

    private final AcceptHeaderLocaleResolver acceptHeader = new AcceptHeaderLocaleResolver();

    SupportedLocaleResolver(Locale defaultLocale) {
        acceptHeader.setSupportedLocales(Languages.SUPPORTED);
        acceptHeader.setDefaultLocale(defaultLocale);
        cookie.setDefaultLocaleFunction(acceptHeader::resolveLocale);
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setCookieSameSite("Lax");
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Locale chosen = Languages.supported(cookie.resolveLocale(request));
        return chosen != null ? chosen : acceptHeader.resolveLocale(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale supported = Languages.supported(locale);
        if (supported != null) {
            cookie.setLocale(request, response, supported);
        }
    }

}

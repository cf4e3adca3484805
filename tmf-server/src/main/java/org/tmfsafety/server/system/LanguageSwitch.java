package org.tmfsafety.server.system;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds the links of the language switch shown on every page: the current page with its query
 * parameters, in each supported language. Used by the layout as {@code ${@languageSwitch.links()}}.
 */
@Component("languageSwitch")
public class LanguageSwitch {

    /** Returns one link per supported language for the request being rendered. */
    public List<LanguageLink> links() {
        String current = LocaleContextHolder.getLocale().getLanguage();
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
            .getRequest();
        String query = request.getQueryString();
        String here = request.getRequestURI() + (query == null ? "" : "?" + query);
        return Languages.SUPPORTED.stream()
            .map(locale -> new LanguageLink(locale.getLanguage(),
                    UriComponentsBuilder.fromUriString(here)
                        .replaceQueryParam("lang", locale.getLanguage())
                        .build()
                        .toUriString(),
                    locale.getLanguage().equals(current)))
            .toList();
    }

    /**
     * One entry of the language switch.
     *
     * @param code the language code, also the message key suffix of its name
     * @param url the current page in that language
     * @param active whether it is the current language
     */
    public record LanguageLink(String code, String url, boolean active) {
    }

}

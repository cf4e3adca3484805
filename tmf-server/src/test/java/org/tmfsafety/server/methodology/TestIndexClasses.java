package org.tmfsafety.server.methodology;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The index classes of the built-in profiles with the server's message bundles, for unit tests outside Spring. */
public final class TestIndexClasses {

    private TestIndexClasses() {
    }

    /** Returns index classes with the built-in provisional profile as the default, as the server starts. */
    public static IndexClasses create() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        try {
            return new IndexClasses(new MethodologyProfiles("", "unece-tmf-provisional"), messages);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

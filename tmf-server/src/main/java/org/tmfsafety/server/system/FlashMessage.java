package org.tmfsafety.server.system;

import java.io.Serializable;

/**
 * A message shown once on the page after a redirect, as a message key with arguments (never display
 * text), rendered in the user's language by the layout.
 *
 * @param level the Bootstrap alert level: success, warning or danger
 * @param key the message key
 * @param args the message arguments
 */
public record FlashMessage(String level, String key, Object[] args) implements Serializable {

    /** Returns a success message. */
    public static FlashMessage success(String key, Object... args) {
        return new FlashMessage("success", key, args);
    }

    /** Returns a warning message. */
    public static FlashMessage warning(String key, Object... args) {
        return new FlashMessage("warning", key, args);
    }

}

package org.tmfsafety.server.account;

import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * Rules for new passwords, after NIST SP 800-63B: long enough, not too long to hash, not the user
 * name, not one of the most common passwords, no arbitrary composition rules.
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = Set.of("1234567890", "12345678910", "0123456789", "qwertyuiop",
            "password12", "password123", "password1234", "qwerty1234", "1q2w3e4r5t", "1qaz2wsx3edc", "iloveyou12",
            "administrator", "admin12345", "qwertyuiop1", "1111111111", "0000000000", "abcdefghij", "abc1234567",
            "passw0rd123", "kazakhstan", "kazakhstan1", "astana2024", "almaty2024", "qazaqstan1");

    /**
     * Adds an error to {@code field} when the password breaks a rule.
     * @param password the proposed password
     * @param username the account's user name
     * @param errors where the error goes
     * @param field the form field holding the password
     */
    public void check(String password, String username, Errors errors, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            errors.rejectValue(field, "account.password.tooShort", new Object[] { String.valueOf(MIN_LENGTH) }, null);
        }
        else if (password.length() > MAX_LENGTH) {
            errors.rejectValue(field, "account.password.tooLong", new Object[] { String.valueOf(MAX_LENGTH) }, null);
        }
        else if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.rejectValue(field, "account.password.containsUsername");
        }
        else if (COMMON.contains(password.toLowerCase(Locale.ROOT)) || password.chars().distinct().count() < 4) {
            errors.rejectValue(field, "account.password.common");
        }
    }

}

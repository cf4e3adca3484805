package org.tmfsafety.server.incident;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A point of contact as an administrator or authority enters it.
 *
 * @param countries ISO 3166-1 alpha-3 codes or country names; one for a country point
 * @param version the version edited (updates only)
 */
public record PointOfContactInput(@NotNull(message = "{validation.required}") PointOfContact.Kind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 300, message = "{validation.tooLong}") String name,
        @NotEmpty(message = "{validation.required}") List<String> countries,
        @Email(message = "{contact.email.invalid}") @Size(max = 320, message = "{validation.tooLong}") String email,
        @Size(max = 100, message = "{validation.tooLong}") String phone,
        @Size(max = 2000, message = "{validation.tooLong}") String comment, Integer version) {

    public PointOfContactInput {
        name = name == null ? null : name.strip();
        countries = countries == null ? List.of()
                : countries.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        email = email == null || email.isBlank() ? null : email.strip();
        phone = phone == null || phone.isBlank() ? null : phone.strip();
        comment = comment == null ? "" : comment.strip();
    }
}

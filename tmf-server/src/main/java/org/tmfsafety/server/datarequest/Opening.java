package org.tmfsafety.server.datarequest;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an authority gives to open a data request.
 *
 * @param fields the registry fields asked for; none means, for each facility, the inputs that could change one of
 *        its classes (and its size facts when it cannot be rated)
 */
public record Opening(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String title,
        @Size(max = 5000, message = "{validation.tooLong}") String message,
        @NotNull(message = "{validation.required}") LocalDate dueDate, List<String> fields, @Valid Selection selection) {

    public Opening {
        title = title == null ? null : title.strip();
        message = message == null ? "" : message.strip();
        fields = fields == null ? List.of() : fields.stream().filter(f -> f != null && !f.isBlank()).toList();
        selection = selection == null ? Selection.everything() : selection;
    }
}

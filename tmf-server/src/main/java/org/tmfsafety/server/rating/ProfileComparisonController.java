package org.tmfsafety.server.rating;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.tmfsafety.server.system.InvalidInputException;

/**
 * How many facilities change class between two methodology profile versions: the page and its JSON, for signed-in
 * accounts (the public is asked to sign in). The facilities counted are those the reader may see: all of them for
 * inspectors, authorities and administrators, the published ones and those of its own organisations for an operator.
 */
@Controller
@Tag(name = "Ratings")
class ProfileComparisonController {

    private final ProfileComparisons comparisons;

    private final MessageSource messages;

    ProfileComparisonController(ProfileComparisons comparisons, MessageSource messages) {
        this.comparisons = comparisons;
        this.messages = messages;
    }

    @GetMapping("/ratings/profiles/compare")
    String page(@RequestParam(required = false) String index, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("choices", comparisons.choices());
        model.addAttribute("index", index == null ? "THI" : index);
        try {
            ProfileComparisons.View view = comparisons.compare(index, from, to, locale);
            model.addAttribute("comparison", view);
        }
        catch (InvalidInputException ex) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", ex.lines(messages, locale, "rating.compare.field."));
        }
        return "ratings/compare";
    }

    @GetMapping("/api/v1/ratings/profiles/compare")
    @ResponseBody
    @Operation(summary = "How many facilities change class between two methodology profile versions",
            description = "index THI (default) or TRI; from and to as id:version (defaults: the default profile's "
                    + "previous and current version). The facilities the caller may see are rated under both in memory; "
                    + "upper: matrix of upper-bound classes (rows: from, columns: to, the last of each: not rateable); "
                    + "lower: the same for the lower bounds; changes: the facilities whose upper-bound class differs.")
    ProfileComparisons.View api(@RequestParam(required = false) String index,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Locale locale) {
        return comparisons.compare(index, from, to, locale);
    }
}

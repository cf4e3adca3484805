package org.tmfsafety.server.rating;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.PageResult;

/** The hazard rating list as JSON. */
@RestController
@Tag(name = "Ratings", description = "Facilities ranked by THI or TRI")
class RatingApiController {

    private final RatingList ratings;

    RatingApiController(RatingList ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/api/v1/ratings")
    @Operation(summary = "Facilities ranked by THI (sort=thi, default) or TRI (sort=tri), descending; unrated last",
            description = "Filters: q, country, region, status, operatorId, hazardClass, riskClass; paging as for facilities.")
    PageResult<RatingItem> list(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale) {
        RatingList.defaultRanking(search);
        ratings.check(search, binding);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        return ratings.page(search, locale);
    }

}

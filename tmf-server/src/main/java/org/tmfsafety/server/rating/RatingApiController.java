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
    @Operation(summary = "Rated facilities ranked by THI (sort=thi, default) or TRI (sort=tri): upper bound descending, "
            + "ties by lower bound", description = "Filters: q, country, region, status, operatorId, hazardClass (the class "
            + "of the upper bound), riskClass, transboundary; paging as for facilities. Facilities without any size "
            + "information are not rateable and are listed apart at /api/v1/ratings/not-rateable.")
    PageResult<RatingItem> list(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale) {
        RatingList.defaultRanking(search);
        ratings.check(search, binding);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        return ratings.page(search, locale);
    }

    @GetMapping("/api/v1/ratings/not-rateable")
    @Operation(summary = "Facilities that are not rateable for lack of any size information, by code, without rank",
            description = "The same filters as the rating list, except the class filters; paging as for facilities.")
    PageResult<RatingItem> notRateable(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale) {
        ratings.check(search, binding);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        return ratings.notRateable(search, locale);
    }

}

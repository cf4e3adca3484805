package org.tmfsafety.server.rating;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.InvalidInputException;

/** The hazard rating list page and its exports, all with the filters of the page's URL. */
@Controller
class RatingController {

    /** The most facilities the page lists as not rateable; the exports and the API give all of them. */
    private static final int NOT_RATEABLE_SHOWN = 200;

    private final RatingList ratings;

    private final RatingExports exports;

    private final Countries countries;

    private final OrganisationRepository organisations;

    private final MessageSource messages;

    private final RatingPdf pdf;

    private final IndexClasses classes;

    RatingController(RatingList ratings, RatingExports exports, Countries countries, OrganisationRepository organisations,
            MessageSource messages, RatingPdf pdf, IndexClasses classes) {
        this.ratings = ratings;
        this.exports = exports;
        this.countries = countries;
        this.organisations = organisations;
        this.messages = messages;
        this.pdf = pdf;
        this.classes = classes;
    }

    @GetMapping("/ratings")
    String list(@Valid @ModelAttribute("search") FacilitySearch search, BindingResult binding, Model model,
            Locale locale) {
        RatingList.defaultRanking(search);
        ratings.check(search, binding);
        if (binding.hasErrors()) {
            model.addAttribute("searchErrors",
                    binding.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList());
            search = new FacilitySearch();
            RatingList.defaultRanking(search);
            model.addAttribute("search", search);
        }
        model.addAttribute("page", ratings.page(search, locale));
        FacilitySearch unrated = search.copy();
        unrated.setPage(0);
        unrated.setSize(NOT_RATEABLE_SHOWN);
        model.addAttribute("notRateable", ratings.notRateable(unrated, locale));
        model.addAttribute("countries", countries.selectable(locale));
        model.addAttribute("regions", ratings.regions(search));
        model.addAttribute("statuses", Arrays.asList(FacilityStatus.values()));
        model.addAttribute("operators", organisations.findAll());
        return "ratings/list";
    }

    @GetMapping("/ratings/export.csv")
    void csv(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale,
            HttpServletResponse response) throws IOException {
        prepare(search, binding, response, "text/csv; charset=UTF-8", "tmf-ratings.csv");
        exports.csv(ratings.all(search, locale), locale, response.getOutputStream());
    }

    @GetMapping("/ratings/export.xlsx")
    void xlsx(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale,
            HttpServletResponse response) throws IOException {
        prepare(search, binding, response, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "tmf-ratings.xlsx");
        exports.xlsx(ratings.all(search, locale), locale, response.getOutputStream());
    }

    @GetMapping("/ratings/export.pdf")
    void pdf(@Valid @ModelAttribute FacilitySearch search, BindingResult binding, Locale locale,
            HttpServletResponse response) throws IOException {
        prepare(search, binding, response, "application/pdf", "tmf-ratings.pdf");
        pdf.render(ratings.all(search, locale), filters(search, locale), locale, response.getOutputStream());
    }

    /** Describes the filters of a search in the user's language, for the report header. */
    private List<String> filters(FacilitySearch search, Locale locale) {
        List<String> filters = new ArrayList<>();
        if (search.getQ() != null) {
            filters.add(label("facility.search.label", locale) + ": " + search.getQ());
        }
        if (search.getCountry() != null) {
            filters.add(label("facility.field.country", locale) + ": " + countries.name(search.getCountry(), locale));
        }
        if (search.getRegion() != null) {
            filters.add(label("facility.field.region", locale) + ": " + search.getRegion());
        }
        if (search.getStatus() != null) {
            filters.add(label("facility.field.status", locale) + ": "
                    + label("enum.FacilityStatus." + search.getStatus().name(), locale));
        }
        if (search.getHazardClass() != null) {
            filters.add(label("map.filter.hazardClass", locale) + ": "
                    + classes.present("THI", search.getHazardClass(), locale).label());
        }
        if (search.getRiskClass() != null) {
            filters.add(label("rating.filter.riskClass", locale) + ": "
                    + classes.present("TRI", search.getRiskClass(), locale).label());
        }
        if (search.getOperatorId() != null) {
            filters.add(label("facility.field.operatorId", locale) + ": " + organisations.findById(search.getOperatorId())
                .map(o -> o.name().in(locale))
                .orElse(String.valueOf(search.getOperatorId())));
        }
        return filters;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private void prepare(FacilitySearch search, BindingResult binding, HttpServletResponse response, String contentType,
            String filename) {
        RatingList.defaultRanking(search);
        ratings.check(search, binding);
        if (binding.hasErrors()) {
            throw new InvalidInputException(binding);
        }
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
    }

}

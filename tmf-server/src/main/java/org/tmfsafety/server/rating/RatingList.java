package org.tmfsafety.server.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.system.PageResult;

/** Ranks the facilities the current account may see; shared by the page, the API and the exports. */
@Component
class RatingList {

    /** The most lines an export contains. */
    static final int EXPORT_LIMIT = 100_000;

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final Countries countries;

    RatingList(FacilityRepository facilities, FacilityPermissions permissions, Countries countries) {
        this.facilities = facilities;
        this.permissions = permissions;
        this.countries = countries;
    }

    /** Ranks by THI unless another sort is asked for; {@code sort=thi} and {@code sort=tri} rank descending. */
    static void defaultRanking(FacilitySearch search) {
        if (search.getSort() == null || search.getSort().equals("thi")) {
            search.setSort("thi,desc");
        }
        else if (search.getSort().equals("tri")) {
            search.setSort("tri,desc");
        }
    }

    /** The regions offered by the region filter: of the facilities the account may see, within the chosen country. */
    List<String> regions(FacilitySearch search) {
        return facilities.regions(search.getCountry(), permissions.scope());
    }

    void check(FacilitySearch search, Errors errors) {
        search.check(errors, countries);
    }

    PageResult<RatingItem> page(FacilitySearch search, Locale locale) {
        PageResult<Facility> page = facilities.search(search, permissions.scope(), locale);
        List<RatingItem> items = new ArrayList<>();
        int rank = search.getPage() * search.getSize();
        for (Facility facility : page.items()) {
            items.add(RatingItem.of(++rank, permissions.visible(facility), locale));
        }
        return new PageResult<>(items, page.total(), page.page(), page.size());
    }

    /** Returns the whole filtered list (up to {@link #EXPORT_LIMIT} lines) for exports. */
    List<RatingItem> all(FacilitySearch search, Locale locale) {
        search.setPage(0);
        search.setSize(EXPORT_LIMIT);
        return page(search, locale).items();
    }

}

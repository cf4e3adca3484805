package org.tmfsafety.server.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.tmfsafety.methodology.index.Tightener;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityPermissions;
import org.tmfsafety.server.facility.FacilityRatings;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.facility.FacilitySearch;
import org.tmfsafety.server.facility.FacilitySort;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.system.PageResult;

/** Ranks the facilities the current account may see; shared by the page, the API and the exports. */
@Component
class RatingList {

    /** The most lines an export contains. */
    static final int EXPORT_LIMIT = 100_000;

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final Countries countries;

    private final FacilityRatings ratings;

    private final IndexClasses classes;

    RatingList(FacilityRepository facilities, FacilityPermissions permissions, Countries countries,
            FacilityRatings ratings, IndexClasses classes) {
        this.facilities = facilities;
        this.permissions = permissions;
        this.countries = countries;
        this.ratings = ratings;
        this.classes = classes;
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
        search.check(errors, countries, classes);
    }

    /** Returns one page of the ranking: only rated facilities have a rank. */
    PageResult<RatingItem> page(FacilitySearch search, Locale locale) {
        search.setRated(true);
        PageResult<Facility> page = facilities.search(search, permissions.scope(), locale);
        String ranked = search.sortColumn() == FacilitySort.TRI ? "TRI" : "THI";
        Map<Long, List<Tightener>> tighteners = ratings.tighteners(page.items().stream().map(Facility::id).toList(), ranked);
        List<RatingItem> items = new ArrayList<>();
        int rank = search.getPage() * search.getSize();
        for (Facility facility : page.items()) {
            items.add(RatingItem.of(++rank, permissions.visible(facility), tighteners.getOrDefault(facility.id(), List.of()),
                    locale));
        }
        return new PageResult<>(items, page.total(), page.page(), page.size());
    }

    /**
     * Returns one page of the facilities under the same filters that are not rateable for lack of any size
     * information, by code and without a rank: they are listed apart, never ranked below the rated ones.
     */
    PageResult<RatingItem> notRateable(FacilitySearch search, Locale locale) {
        FacilitySearch unrated = search.copy();
        unrated.setRated(false);
        unrated.setHazardClass(null);
        unrated.setRiskClass(null);
        unrated.setSort("code");
        PageResult<Facility> page = facilities.search(unrated, permissions.scope(), locale);
        List<RatingItem> items = page.items().stream()
            .map(facility -> RatingItem.of(null, permissions.visible(facility), List.of(), locale))
            .toList();
        return new PageResult<>(items, page.total(), page.page(), page.size());
    }

    /**
     * Returns the whole filtered list for exports (up to {@link #EXPORT_LIMIT} lines of each part): the ranking, then
     * the facilities that are not rateable, without rank.
     */
    List<RatingItem> all(FacilitySearch search, Locale locale) {
        search.setPage(0);
        search.setSize(EXPORT_LIMIT);
        List<RatingItem> all = new ArrayList<>(page(search, locale).items());
        if (search.getHazardClass() == null && search.getRiskClass() == null) {
            all.addAll(notRateable(search, locale).items());
        }
        return all;
    }

}

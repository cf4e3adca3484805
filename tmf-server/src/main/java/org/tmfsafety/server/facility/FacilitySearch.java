package org.tmfsafety.server.facility;

import static org.tmfsafety.server.system.Texts.blankToNull;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.validation.Errors;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.IndexClasses;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Search, filter, sort and paging parameters of a facility list, bound from the query string of the
 * list page and of {@code GET /api/v1/facilities}.
 */
public class FacilitySearch {

    /** Largest page a client may ask for. */
    public static final int MAX_SIZE = 200;

    /** Page size when none is asked for. */
    public static final int DEFAULT_SIZE = 20;

    /** Free text matched against code, names, site and operator. */
    @Size(max = 200, message = "{validation.tooLong}")
    private String q;

    /** ISO 3166-1 alpha-3 country code. */
    private String country;

    /** Region, matched exactly (ignoring case). */
    @Size(max = 200, message = "{validation.tooLong}")
    private String region;

    /** Operational state. */
    private FacilityStatus status;

    /** Id of the operating organisation. */
    private Long operatorId;

    /** Hazard class of the facility's THI, a class code of the default profile's THI. */
    private String hazardClass;

    /** Risk class of the facility's TRI, a class code of the default profile's TRI. */
    private String riskClass;

    /** Only facilities whose transboundary screening flags (true) or does not flag (false) a potential effect. */
    private Boolean transboundary;

    /** Only facilities with this transboundary verdict (potential effect, no effect found, undetermined). */
    private TransboundarySummary.Verdict verdict;

    /** Only facilities with a THI (true) or without one, for lack of size information (false). */
    private Boolean rated;

    /** {@code field} or {@code field,asc|desc}, where field is a {@link FacilitySort} field name. */
    private String sort;

    /** Zero-based page number. */
    @Min(value = 0, message = "{validation.min}")
    private int page;

    /** Page size. */
    @Min(value = 1, message = "{validation.min}")
    @Max(value = MAX_SIZE, message = "{validation.max}")
    private int size = DEFAULT_SIZE;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = blankToNull(q);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        String code = blankToNull(country);
        this.country = code == null ? null : code.toUpperCase(Locale.ROOT);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = blankToNull(region);
    }

    public FacilityStatus getStatus() {
        return status;
    }

    public void setStatus(FacilityStatus status) {
        this.status = status;
    }

    public Long getOperatorId() {
        return operatorId;
    }

    public void setOperatorId(Long operatorId) {
        this.operatorId = operatorId;
    }

    public String getHazardClass() {
        return hazardClass;
    }

    public void setHazardClass(String hazardClass) {
        this.hazardClass = blankToNull(hazardClass);
    }

    public String getRiskClass() {
        return riskClass;
    }

    public void setRiskClass(String riskClass) {
        this.riskClass = blankToNull(riskClass);
    }

    public TransboundarySummary.Verdict getVerdict() {
        return verdict;
    }

    public void setVerdict(TransboundarySummary.Verdict verdict) {
        this.verdict = verdict;
    }

    public Boolean getTransboundary() {
        return transboundary;
    }

    public void setTransboundary(Boolean transboundary) {
        this.transboundary = transboundary;
    }

    public Boolean getRated() {
        return rated;
    }

    public void setRated(Boolean rated) {
        this.rated = rated;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = blankToNull(sort);
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }

    public int getSize() {
        return size;
    }

    public void setSize(int size) {
        this.size = size;
    }

    /** Returns a copy with the same filters, sort and paging. */
    public FacilitySearch copy() {
        FacilitySearch copy = new FacilitySearch();
        copy.q = q;
        copy.country = country;
        copy.region = region;
        copy.status = status;
        copy.operatorId = operatorId;
        copy.hazardClass = hazardClass;
        copy.riskClass = riskClass;
        copy.transboundary = transboundary;
        copy.verdict = verdict;
        copy.rated = rated;
        copy.sort = sort;
        copy.page = page;
        copy.size = size;
        return copy;
    }

    /** Returns the sort column; {@link FacilitySort#CODE} when none or an unknown one is given. */
    public FacilitySort sortColumn() {
        return sort == null ? FacilitySort.CODE : FacilitySort.ofField(sort.split(",", 2)[0].strip()).orElse(FacilitySort.CODE);
    }

    /** Returns whether the sort is descending ({@code field,desc}). */
    public boolean descending() {
        return sort != null && sort.endsWith(",desc");
    }

    /** Returns whether the {@code sort} parameter names a known column and direction. */
    public boolean hasValidSort() {
        if (sort == null) {
            return true;
        }
        String[] parts = sort.split(",", -1);
        return parts.length <= 2 && FacilitySort.ofField(parts[0].strip()).isPresent()
                && (parts.length == 1 || parts[1].equals("asc") || parts[1].equals("desc"));
    }

    /** Returns the query string ({@code ?...}) of this search on another page. */
    public String pageQuery(int otherPage) {
        return query(otherPage, sort);
    }

    /**
     * Returns the query string of this search sorted by a field, from its first page: ascending, or
     * descending when it is already sorted ascending by that field.
     */
    public String sortQuery(String field) {
        boolean toggle = sort != null && sortColumn().field().equals(field) && !descending();
        return query(0, toggle ? field + ",desc" : field);
    }

    /** Returns "asc", "desc" or null: how the list is sorted by the given field, for the column header. */
    public String sortState(String field) {
        if (!sortColumn().field().equals(field)) {
            return null;
        }
        return descending() ? "desc" : "asc";
    }

    private String query(int targetPage, String targetSort) {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        addIfPresent(builder, "q", q);
        addIfPresent(builder, "country", country);
        addIfPresent(builder, "region", region);
        addIfPresent(builder, "status", status);
        addIfPresent(builder, "operatorId", operatorId);
        addIfPresent(builder, "hazardClass", hazardClass);
        addIfPresent(builder, "riskClass", riskClass);
        addIfPresent(builder, "transboundary", transboundary);
        addIfPresent(builder, "verdict", verdict);
        addIfPresent(builder, "rated", rated);
        addIfPresent(builder, "sort", targetSort);
        if (size != DEFAULT_SIZE) {
            builder.queryParam("size", size);
        }
        if (targetPage > 0) {
            builder.queryParam("page", targetPage);
        }
        String query = builder.encode().build().toUriString();
        return query.isEmpty() ? "" : query;
    }

    private static void addIfPresent(UriComponentsBuilder builder, String name, Object value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }

    /**
     * Adds the errors Bean Validation cannot find: an unknown country code or sort column, and a hazard or risk
     * class the default methodology profile does not have.
     * @param errors the binding result of this search
     * @param countries the country list
     * @param classes the index classes of the methodology profiles
     */
    public void check(Errors errors, Countries countries, IndexClasses classes) {
        if (country != null && !countries.isKnown(country) && !errors.hasFieldErrors("country")) {
            errors.rejectValue("country", "facility.country.unknown", new Object[] { country }, null);
        }
        if (!hasValidSort() && !errors.hasFieldErrors("sort")) {
            errors.rejectValue("sort", "facility.sort.unknown", new Object[] { sort }, null);
        }
        checkClasses(errors, classes);
    }

    /**
     * Adds an error for a hazard ({@code THI}) or risk ({@code TRI}) class the default methodology profile does not
     * have, naming the codes it has.
     * @param errors the binding result of this search
     * @param classes the index classes of the methodology profiles
     */
    public void checkClasses(Errors errors, IndexClasses classes) {
        checkClass(errors, "hazardClass", hazardClass, "THI", classes);
        checkClass(errors, "riskClass", riskClass, "TRI", classes);
    }

    private static void checkClass(Errors errors, String field, String value, String index, IndexClasses classes) {
        List<String> codes = classes.codes(index);
        if (value != null && !codes.contains(value) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "facility.hazardClass.unknown", new Object[] { String.join(", ", codes) }, null);
        }
    }

}

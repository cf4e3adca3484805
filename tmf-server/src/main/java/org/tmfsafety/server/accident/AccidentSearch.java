package org.tmfsafety.server.accident;

import static org.tmfsafety.server.system.Texts.blankToNull;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.web.util.UriComponentsBuilder;
import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.methodology.facility.DamRaiseMethod;

/**
 * Filters and paging of the accident list, bound from the query string of {@code /accidents} and
 * {@code GET /api/v1/accidents}.
 */
public class AccidentSearch {

    /** Largest page a client may ask for. */
    public static final int MAX_SIZE = 500;

    /** Free text matched against facility, place, commodity and rivers. */
    @Size(max = 200, message = "{validation.tooLong}")
    private String q;

    /** ISO 3166-1 alpha-3 country code. */
    private String country;

    /** First year of a decade, e.g. 1990. */
    @Min(value = 1800, message = "{validation.min}")
    @Max(value = 2200, message = "{validation.max}")
    private Integer decade;

    private FailureCause cause;

    private DamRaiseMethod damRaiseMethod;

    /** Severity class 1 (very serious) to 4 (incident). */
    @Min(value = 1, message = "{validation.min}")
    @Max(value = 4, message = "{validation.max}")
    private Integer severity;

    /** Only failures that polluted waters across a border. */
    private Boolean transboundary;

    @Min(value = 0, message = "{validation.min}")
    private int page;

    @Min(value = 1, message = "{validation.min}")
    @Max(value = MAX_SIZE, message = "{validation.max}")
    private int size = 25;

    /** A copy of these filters and paging, to change for a link. */
    public AccidentSearch copy() {
        AccidentSearch copy = new AccidentSearch();
        copy.q = q;
        copy.country = country;
        copy.decade = decade;
        copy.cause = cause;
        copy.damRaiseMethod = damRaiseMethod;
        copy.severity = severity;
        copy.transboundary = transboundary;
        copy.page = page;
        copy.size = size;
        return copy;
    }

    /** The query string of these filters on another page, e.g. {@code ?country=KAZ&page=2}. */
    public String pageQuery(int page) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance();
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("q", q);
        values.put("country", country);
        values.put("decade", decade);
        values.put("cause", cause);
        values.put("damRaiseMethod", damRaiseMethod);
        values.put("severity", severity);
        values.put("transboundary", transboundary);
        values.forEach((name, value) -> {
            if (value != null) {
                query.queryParam(name, value);
            }
        });
        if (page > 0) {
            query.queryParam("page", page);
        }
        String text = query.encode().build().getQuery();
        return text == null ? "" : "?" + text;
    }

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
        this.country = blankToNull(country);
    }

    public Integer getDecade() {
        return decade;
    }

    public void setDecade(Integer decade) {
        this.decade = decade;
    }

    public FailureCause getCause() {
        return cause;
    }

    public void setCause(FailureCause cause) {
        this.cause = cause;
    }

    public DamRaiseMethod getDamRaiseMethod() {
        return damRaiseMethod;
    }

    public void setDamRaiseMethod(DamRaiseMethod damRaiseMethod) {
        this.damRaiseMethod = damRaiseMethod;
    }

    public Integer getSeverity() {
        return severity;
    }

    public void setSeverity(Integer severity) {
        this.severity = severity;
    }

    public Boolean getTransboundary() {
        return transboundary;
    }

    public void setTransboundary(Boolean transboundary) {
        this.transboundary = transboundary;
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
}

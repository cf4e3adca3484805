package org.tmfsafety.server.convention;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.tmfsafety.geo.transboundary.TransboundaryResult.Verdict;
import org.tmfsafety.methodology.annex1.Annex1List;
import org.tmfsafety.methodology.annex1.Annex1Screener;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.transboundary.TransboundaryResponse;
import org.tmfsafety.server.transboundary.TransboundaryService;

import org.tmfsafety.server.convention.FacilityConventions.Annex1Status;
import org.tmfsafety.server.convention.FacilityConventions.Listing;

/**
 * The conventions of each facility and the national list of hazardous activities, from the registry, the stored
 * transboundary screening and the Annex I quantities recorded here. Used by templates as {@code @conventionService}.
 */
@Service("conventionService")
public class ConventionService {

    /** Mercury as the registry names it in English, Russian or Kazakh, or by its symbol. */
    private static final Pattern MERCURY = Pattern.compile("(?iu)mercur|ртут|сынап|(?-i:\\bHg\\b)");

    private static final double MAX_TONNES = 1e12;

    private final ConventionRepository repository;

    private final FacilityRepository facilities;

    private final TransboundaryService screening;

    private final ConventionPermissions permissions;

    private final AuditLog audit;

    private final Countries countries;

    private final Annex1List list = Annex1List.builtIn();

    private final Annex1Screener screener = new Annex1Screener(list);

    ConventionService(ConventionRepository repository, FacilityRepository facilities, TransboundaryService screening,
            ConventionPermissions permissions, AuditLog audit, Countries countries) {
        this.repository = repository;
        this.facilities = facilities;
        this.screening = screening;
        this.permissions = permissions;
        this.audit = audit;
        this.countries = countries;
    }

    /** The national report: every facility the current account may see, grouped by listing. */
    public record National(List<FacilityConventions> identified, List<FacilityConventions> toSettle,
            List<FacilityConventions> notListed, List<FacilityConventions> water, List<FacilityConventions> minamata) {

        /** The number of facilities considered. */
        public int total() {
            return identified.size() + toSettle.size() + notListed.size();
        }

        /** How many facilities to be settled need each kind of data, in the order of the reasons, none left out. */
        public Map<String, Long> settleCounts() {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String key : List.of("convention.settle.annex1", "convention.settle.transboundary",
                    "convention.settle.notScreened")) {
                long n = toSettle.stream().filter(row -> row.toSettle().contains(key)).count();
                if (n > 0) {
                    counts.put(key, n);
                }
            }
            return counts;
        }
    }

    /** The Annex I list in use, for the forms. */
    public Annex1List annex1List() {
        return list;
    }

    /** The conventions of a facility the caller may read (the facility page's card checks that first). */
    public FacilityConventions forFacility(Facility facility) {
        List<Long> id = List.of(facility.id());
        return of(facility, screening.stored(facility.id()).orElse(null),
                repository.quantities(id).getOrDefault(facility.id(), List.of()),
                repository.notices(id).getOrDefault(facility.id(), List.of()));
    }

    /** The conventions of the facility, or 404 when the current account may not read them. */
    FacilityConventions forFacility(long facilityId) {
        return forFacility(readable(facilityId));
    }

    /** The conventions of the facility for its quantity form: 404 when unreadable, 403 when not allowed to record. */
    FacilityConventions forQuantityForm(long facilityId) {
        Facility facility = readable(facilityId);
        permissions.requireQuantities(facility);
        return forFacility(facility);
    }

    /** The conventions of the facility for its notice form: 404 when unreadable, 403 when not allowed to record. */
    FacilityConventions forNoticeForm(long facilityId) {
        Facility facility = readable(facilityId);
        permissions.requireNotices(facility);
        return forFacility(facility);
    }

    /** The national report over the facilities the current account may see (not archived ones). */
    National national() {
        permissions.requireList();
        List<Facility> all = facilities.all(permissions.scope());
        List<Long> ids = all.stream().map(Facility::id).toList();
        Map<Long, TransboundaryResponse> screened = screening.stored(ids);
        Map<Long, List<Annex1Quantity>> quantities = repository.quantities(ids);
        Map<Long, List<HazardousActivityNotice>> notices = repository.notices(ids);
        List<FacilityConventions> rows = all.stream()
            .sorted(Comparator.comparing(Facility::country).thenComparing(Facility::code))
            .map(f -> of(f, screened.get(f.id()), quantities.getOrDefault(f.id(), List.of()),
                    notices.getOrDefault(f.id(), List.of())))
            .toList();
        return new National(listed(rows, Listing.IDENTIFIED), listed(rows, Listing.TO_SETTLE),
                listed(rows, Listing.NOT_LISTED),
                rows.stream().filter(r -> r.water().status() == FacilityConventions.WaterStatus.APPLIES).toList(),
                rows.stream().filter(r -> r.minamata().status() == FacilityConventions.MinamataStatus.CANDIDATE).toList());
    }

    private static List<FacilityConventions> listed(List<FacilityConventions> rows, Listing listing) {
        return rows.stream().filter(r -> r.listing() == listing).toList();
    }

    FacilityConventions of(Facility facility, TransboundaryResponse result, List<Annex1Quantity> quantities,
            List<HazardousActivityNotice> notices) {
        FacilityConventions.Annex1 annex1 = annex1(quantities);
        String verdict = result == null || result.verdict() == null ? null : result.verdict().name();
        TransboundaryResponse.DownstreamJson down = result == null ? null : result.downstream();
        String river = down != null && down.route() != null && down.route().river() != null ? down.route().river()
                : blankToNull(facility.nearestWatercourse());
        FacilityConventions.Transboundary transboundary = new FacilityConventions.Transboundary(verdict,
                result == null || result.undetermined() == null ? null : result.undetermined().name(),
                result == null ? 0 : result.maxSnapKm(), river, down == null ? null : down.alongRiverKmToBorder());
        List<String> affected = result == null ? List.of() : result.affectedCountries(facility.country());
        Map<String, LocalDate> informed = new LinkedHashMap<>();
        affected.forEach(country -> informed.put(country, null));
        for (HazardousActivityNotice notice : notices) {
            informed.merge(notice.country(), notice.informedOn(),
                    (a, b) -> a == null || b.isAfter(a) ? b : a);
        }
        List<FacilityConventions.CountryConcerned> concerned = informed.entrySet()
            .stream()
            .map(e -> new FacilityConventions.CountryConcerned(e.getKey(), e.getValue()))
            .toList();
        FacilityConventions.Water water = water(result, down, river, affected);
        FacilityConventions.Minamata minamata = minamata(facility);
        List<String> toSettle = new ArrayList<>();
        Listing listing = listing(annex1.status(), verdict, toSettle);
        return new FacilityConventions(facility, annex1, transboundary, concerned, water, minamata, listing,
                List.copyOf(toSettle), notices, quantities);
    }

    private FacilityConventions.Annex1 annex1(List<Annex1Quantity> quantities) {
        if (quantities.isEmpty()) {
            return new FacilityConventions.Annex1(Annex1Status.NOT_SCREENED, list.id(), null, null, false,
                    list.aggregation().provisionalReason(), List.of());
        }
        Annex1Screener.Result result = screener.screen(quantities.stream()
            .map(q -> Annex1Quantity.PART_II.equals(q.part()) ? new Annex1Screener.Item(q.code(), null, q.quantityTonnes())
                    : new Annex1Screener.Item(null, q.code(), q.quantityTonnes()))
            .toList());
        List<FacilityConventions.Line> lines = new ArrayList<>();
        for (int i = 0; i < quantities.size(); i++) {
            Annex1Screener.ItemResult item = result.items().get(i);
            lines.add(new FacilityConventions.Line(quantities.get(i), item.thresholdTonnes(), item.ratio(), item.source(),
                    item.provisionalReason()));
        }
        return new FacilityConventions.Annex1(result.hazardous() ? Annex1Status.HAZARDOUS : Annex1Status.BELOW_THRESHOLDS,
                result.list(), result.maxRatio(), result.sumOfRatios(), result.hazardousByAggregation(),
                result.aggregationProvisionalReason(), List.copyOf(lines));
    }

    /**
     * Identified when both tests say yes; not listed when either says no; else to be settled, with what would settle
     * each open test.
     */
    static Listing listing(Annex1Status annex1, String verdict, List<String> toSettle) {
        if (annex1 == Annex1Status.BELOW_THRESHOLDS || Verdict.NO_EFFECT_FOUND.name().equals(verdict)) {
            return Listing.NOT_LISTED;
        }
        if (annex1 == Annex1Status.NOT_SCREENED) {
            toSettle.add("convention.settle.annex1");
        }
        if (verdict == null) {
            toSettle.add("convention.settle.notScreened");
        }
        else if (Verdict.UNDETERMINED.name().equals(verdict)) {
            toSettle.add("convention.settle.transboundary");
        }
        return toSettle.isEmpty() ? Listing.IDENTIFIED : Listing.TO_SETTLE;
    }

    private static FacilityConventions.Water water(TransboundaryResponse result, TransboundaryResponse.DownstreamJson down,
            String river, List<String> affected) {
        if (result == null || result.verdict() == null) {
            return new FacilityConventions.Water(FacilityConventions.WaterStatus.UNDETERMINED, river, List.of());
        }
        if (result.verdict() == Verdict.NO_EFFECT_FOUND) {
            return new FacilityConventions.Water(FacilityConventions.WaterStatus.NOT_FOUND, river, List.of());
        }
        if (result.verdict() == Verdict.POTENTIAL_EFFECT && down != null && down.crossesBorder()) {
            return new FacilityConventions.Water(FacilityConventions.WaterStatus.APPLIES, river, affected);
        }
        return new FacilityConventions.Water(FacilityConventions.WaterStatus.UNDETERMINED, river, List.of());
    }

    static FacilityConventions.Minamata minamata(Facility facility) {
        for (String text : new String[] { facility.hazardousSubstances(), facility.commodity() }) {
            if (text != null && MERCURY.matcher(text).find()) {
                return new FacilityConventions.Minamata(FacilityConventions.MinamataStatus.CANDIDATE, text.strip());
            }
        }
        return new FacilityConventions.Minamata(FacilityConventions.MinamataStatus.NOT_INDICATED, null);
    }

    /**
     * Records the quantity of an Annex I entry at the facility, replacing the one recorded before for the same
     * entry (kept in the audit trail).
     *
     * @return the quantity's id
     */
    @Transactional
    long recordQuantity(long facilityId, QuantityInput input) {
        Facility facility = readable(facilityId);
        permissions.requireQuantities(facility);
        Errors errors = new BeanPropertyBindingResult(input, "quantity");
        Annex1List.Entry entry = null;
        if (input.part() == null || input.part().isBlank()) {
            errors.rejectValue("part", "validation.required");
        }
        else if (!Annex1Quantity.PART_I.equals(input.part()) && !Annex1Quantity.PART_II.equals(input.part())) {
            errors.rejectValue("part", "convention.error.part");
        }
        else if (input.code() == null || input.code().isBlank()) {
            errors.rejectValue("code", "validation.required");
        }
        else {
            entry = (Annex1Quantity.PART_I.equals(input.part()) ? list.categories() : list.substances()).get(input.code());
            if (entry == null) {
                errors.rejectValue("code", "convention.error.code");
            }
        }
        if (input.quantityTonnes() == null) {
            errors.rejectValue("quantityTonnes", "validation.required");
        }
        else if (!Double.isFinite(input.quantityTonnes()) || input.quantityTonnes() < 0
                || input.quantityTonnes() >= MAX_TONNES) {
            errors.rejectValue("quantityTonnes", "convention.error.quantity");
        }
        if (input.source() == null || input.source().isBlank()) {
            errors.rejectValue("source", "validation.required");
        }
        else if (input.source().strip().length() > 1000) {
            errors.rejectValue("source", "validation.tooLong", new Object[] { 1000 }, null);
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        facilities.lock(facilityId);
        Annex1Quantity before = repository.lockQuantity(facilityId, input.part(), entry.code()).orElse(null);
        long id = repository.upsertQuantity(facilityId, input.part(), entry.code(), input.quantityTonnes(),
                input.source().strip(), AuditLog.currentActor());
        audit.record("annex1_quantity", id, before == null ? AuditAction.CREATE : AuditAction.UPDATE, before,
                repository.quantity(facilityId, id).orElseThrow());
        return id;
    }

    /** Removes a recorded quantity (kept in the audit trail). */
    @Transactional
    void deleteQuantity(long facilityId, long id) {
        Facility facility = readable(facilityId);
        permissions.requireQuantities(facility);
        Annex1Quantity before = repository.quantity(facilityId, id)
            .orElseThrow(() -> new NotFoundException("problem.notFound.annex1Quantity", String.valueOf(id)));
        if (repository.deleteQuantity(facilityId, id)) {
            audit.record("annex1_quantity", id, AuditAction.DELETE, before, null);
        }
    }

    /**
     * Records that a country was informed of the facility's hazardous activity.
     *
     * @return the notice's id
     */
    @Transactional
    long recordNotice(long facilityId, NoticeInput input) {
        Facility facility = readable(facilityId);
        permissions.requireNotices(facility);
        Errors errors = new BeanPropertyBindingResult(input, "notice");
        String country = input.country() == null ? null : input.country().strip().toUpperCase(java.util.Locale.ROOT);
        if (country == null || country.isEmpty()) {
            errors.rejectValue("country", "validation.required");
        }
        else if (!countries.isKnown(country)) {
            errors.rejectValue("country", "convention.error.country");
        }
        else if (country.equals(facility.country())) {
            errors.rejectValue("country", "convention.error.ownCountry");
        }
        if (input.informedOn() == null) {
            errors.rejectValue("informedOn", "validation.required");
        }
        else if (input.informedOn().isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1))) {
            errors.rejectValue("informedOn", "convention.error.future");
        }
        String reference = input.reference() == null ? "" : input.reference().strip();
        if (reference.length() > 500) {
            errors.rejectValue("reference", "validation.tooLong", new Object[] { 500 }, null);
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        long id = repository.insertNotice(facilityId, country, input.informedOn(), reference, AuditLog.currentActor());
        audit.record("hazardous_activity_notice", id, AuditAction.CREATE, null,
                repository.notice(facilityId, id).orElseThrow());
        return id;
    }

    /** Removes a notice recorded in error (kept in the audit trail). */
    @Transactional
    void deleteNotice(long facilityId, long id) {
        Facility facility = readable(facilityId);
        permissions.requireNotices(facility);
        HazardousActivityNotice before = repository.notice(facilityId, id)
            .orElseThrow(() -> new NotFoundException("problem.notFound.notice", String.valueOf(id)));
        if (repository.deleteNotice(facilityId, id)) {
            audit.record("hazardous_activity_notice", id, AuditAction.DELETE, before, null);
        }
    }

    /** The facility, or 404 when it does not exist or the current account may not read its conventions. */
    Facility readable(long facilityId) {
        Facility facility = facilities.findById(facilityId)
            .orElseThrow(() -> new NotFoundException("problem.notFound.facility", String.valueOf(facilityId)));
        if (!permissions.canRead(facility)) {
            throw new NotFoundException("problem.notFound.facility", String.valueOf(facilityId));
        }
        return facility;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

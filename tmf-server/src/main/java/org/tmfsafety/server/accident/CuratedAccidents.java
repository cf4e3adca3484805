package org.tmfsafety.server.accident;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.methodology.accident.SeverityClassifier;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.system.Hashes;
import org.tmfsafety.server.system.LocalizedName;

/**
 * The curated accidents shipped with the product ({@value #RESOURCE}, see accidents/PROVENANCE.md): loaded at start
 * whenever the file differs from the version last loaded (its SHA-256 is kept in {@code reference_data}), in one
 * transaction that also removes curated records the file no longer has. Their severity is derived by E20. Reference
 * knowledge, so loaded on every database, demo or production, and read-only in the application.
 */
@Component
class CuratedAccidents implements InitializingBean {

    static final String RESOURCE = "accidents/curated-accidents.json";

    private static final String NAME = "curated-accidents";

    private static final Logger log = LoggerFactory.getLogger(CuratedAccidents.class);

    private final AccidentRepository accidents;

    private final JsonMapper json;

    private final TransactionTemplate transactions;

    private final CurrentUser user;

    private final AuditLog audit;

    CuratedAccidents(AccidentRepository accidents, JsonMapper json, TransactionTemplate transactions, CurrentUser user,
            AuditLog audit) {
        this.accidents = accidents;
        this.json = json;
        this.transactions = transactions;
        this.user = user;
        this.audit = audit;
    }

    @Override
    public void afterPropertiesSet() {
        long start = System.nanoTime();
        byte[] data = read();
        String sha = Hashes.sha256Hex(data);
        Integer loaded = user.asSystem(AuditLog.SYSTEM + ":" + NAME, () -> transactions.execute(status -> {
            accidents.lockReferenceData();
            if (accidents.referenceData(NAME).filter(sha::equals).isPresent()) {
                return null;
            }
            List<Accident.Draft> drafts = parse(json.readTree(data));
            for (Accident.Draft draft : drafts) {
                AccidentRepository.Written written = accidents.upsert(draft);
                audit.record("accident", written.id(), written.created() ? AuditAction.CREATE : AuditAction.UPDATE,
                        null, Map.of("sourceKey", draft.accident().sourceKey()));
            }
            accidents.deleteOthers(Accident.Origin.CURATED, drafts.stream().map(d -> d.accident().sourceKey()).toList());
            accidents.recordReferenceData(NAME, sha);
            return drafts.size();
        }));
        if (loaded != null) {
            log.info("Loaded {} curated accidents from {} in {} ms", loaded, RESOURCE,
                    (System.nanoTime() - start) / 1_000_000);
        }
    }

    static byte[] read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return in.readAllBytes();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + RESOURCE, ex);
        }
    }

    /**
     * The records of the curated file (format in accidents/PROVENANCE.md).
     *
     * @throws IllegalArgumentException naming the record and field when one is missing or invalid
     */
    static List<Accident.Draft> parse(JsonNode file) {
        List<Accident.Draft> drafts = new ArrayList<>();
        for (JsonNode node : file) {
            String key = node.path("key").asString("");
            try {
                drafts.add(draft(node, key));
            }
            catch (RuntimeException ex) {
                throw new IllegalArgumentException("curated accident " + key + ": " + ex.getMessage(), ex);
            }
        }
        return drafts;
    }

    private static Accident.Draft draft(JsonNode node, String key) {
        Integer deaths = integer(node, "deaths");
        Double released = number(node, "releasedVolumeM3");
        Double runout = number(node, "runoutKm");
        SeverityClassifier.Result severity = SeverityClassifier.classify(deaths, released, runout);
        List<String> countries = new ArrayList<>();
        node.path("transboundaryCountries").forEach(country -> countries.add(country.asString()));
        List<String> sources = new ArrayList<>();
        node.path("sources").forEach(source -> sources.add(source.asString()));
        Accident accident = new Accident(0, "curated:" + key, Accident.Origin.CURATED, node.required("year").asInt(),
                node.path("date").isString() ? LocalDate.parse(node.get("date").asString()) : null,
                node.required("facility").asString(), text(node, "place"), text(node, "country"),
                number(node, "latitude"), number(node, "longitude"), node.path("locationApproximate").asBoolean(true),
                text(node, "commodity"), DamRaiseMethod.valueOf(node.path("damRaiseMethod").asString("UNKNOWN")), null,
                null, number(node, "damHeightM"), number(node, "storageVolumeM3"), released, runout, deaths,
                FailureCause.valueOf(node.required("cause").asString()), severity.severity(), severity.rule().name(),
                text(node, "receivingRivers"), node.path("transboundary").asBoolean(false), countries,
                localized(node.required("narrative")), sources, null, 0);
        List<Lesson> lessons = new ArrayList<>();
        for (JsonNode lesson : node.path("lessons")) {
            List<String> questions = new ArrayList<>();
            lesson.path("questions").forEach(question -> questions.add(question.asString()));
            lessons.add(new Lesson(localized(lesson.required("text")), questions));
        }
        return new Accident.Draft(accident, lessons);
    }

    private static LocalizedName localized(JsonNode node) {
        return new LocalizedName(node.required("en").asString(), node.required("ru").asString(),
                node.required("kk").asString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.asString().isBlank() ? value.asString().strip() : null;
    }

    private static Double number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asDouble() : null;
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.asInt() : null;
    }
}

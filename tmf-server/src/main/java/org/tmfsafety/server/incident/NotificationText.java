package org.tmfsafety.server.incident;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.Formats;
import org.tmfsafety.server.system.Languages;
import org.tmfsafety.server.system.LocalizedName;

/**
 * The text of a report in one language, line by line in the order of the UNECE IAN System's report forms: report
 * type and number, notifying country, facility and location, time, kind, substances, release, expected
 * transboundary effect, measures, contact, assistance asked. A report goes out in English and Russian (the
 * languages in use between the countries of the region) and in the reader's language when that is another.
 */
@Component
class NotificationText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;

    private final Countries countries;

    private final ZoneId zone;

    NotificationText(MessageSource messages, Countries countries, Formats formats) {
        this.messages = messages;
        this.countries = countries;
        this.zone = formats.zone();
    }

    /** A labelled line. */
    record Line(String key, String label, String value) {
    }

    /**
     * A report in one language.
     *
     * @param exercise the banner that marks an exercise, or null for a real incident
     * @param mark the short mark of an exercise (for subjects and headings), or null
     */
    record Text(Locale language, String title, String exercise, String mark, List<Line> lines, String source) {

        /** The report as plain text, for e-mail. */
        String plain() {
            StringBuilder text = new StringBuilder();
            if (exercise != null) {
                text.append(exercise).append("\n\n");
            }
            text.append(title).append("\n\n");
            for (Line line : lines) {
                text.append(line.label()).append(": ").append(line.value()).append('\n');
            }
            text.append('\n').append(source).append('\n');
            if (exercise != null) {
                text.append('\n').append(exercise).append('\n');
            }
            return text.toString();
        }
    }

    /** The languages a report is given in for a reader of the given language: English, Russian, then the reader's. */
    static List<Locale> languages(Locale reader) {
        Set<Locale> languages = new LinkedHashSet<>(List.of(Locale.ENGLISH, Languages.RUSSIAN));
        languages.add(Languages.supported(reader));
        return List.copyOf(languages);
    }

    Text of(Report report, Locale locale) {
        Report.Subject subject = report.subject();
        Facts facts = report.facts();
        String facilityName = new LocalizedName(facts.facilityName(), facts.facilityNameRu(), facts.facilityNameKk())
            .in(locale);
        String type = msg(locale, "incident.report.type." + report.type());
        String title = msg(locale, "incident.text.title", type, report.number(),
                msg(locale, "incident.kind." + subject.kind()), facilityName);
        List<Line> lines = new ArrayList<>();
        line(lines, locale, "type", msg(locale, "incident.text.typeValue", type, report.number()));
        line(lines, locale, "notifying", country(facts.facilityCountry(), locale));
        line(lines, locale, "facility", facilityName + " (" + facts.facilityCode() + ")");
        String place = msg(locale, "incident.text.locationValue", number(facts.latitude(), 4, locale),
                number(facts.longitude(), 4, locale), facts.region() == null ? "" : facts.region());
        line(lines, locale, "location",
                facts.locationApproximate() ? place + " " + msg(locale, "incident.text.approximate") : place);
        line(lines, locale, "occurred", subject.occurredAt().atZoneSameInstant(zone).format(TIME) + " ("
                + zone.getId() + ", UTC" + subject.occurredAt().atZoneSameInstant(zone).getOffset().getId().replace("Z", "+00:00")
                + ")");
        line(lines, locale, "kind", msg(locale, "incident.kind." + subject.kind()));
        line(lines, locale, "status", msg(locale, "incident.status." + subject.status()));
        line(lines, locale, "substances", orNotGiven(subject.substances().isEmpty() ? facts.hazardousSubstances()
                : subject.substances(), locale));
        line(lines, locale, "release", subject.releaseM3() == null ? msg(locale, "incident.text.releaseUnknown")
                : msg(locale, "incident.text.releaseValue", number(subject.releaseM3(), 0, locale)));
        line(lines, locale, "effect", effect(facts, locale));
        line(lines, locale, "settlements", settlements(facts, locale));
        line(lines, locale, "damBreak", damBreak(facts, locale));
        if (!subject.description().isEmpty()) {
            line(lines, locale, "description", subject.description());
        }
        line(lines, locale, "measures", orNotGiven(subject.measures(), locale));
        line(lines, locale, "contact", orNotGiven(subject.contact(), locale));
        if (report.type() == ReportType.REQUEST_FOR_ASSISTANCE) {
            line(lines, locale, "assistance", orNotGiven(report.assistance(), locale));
        }
        String source = msg(locale, "incident.text.source",
                facts.screenedAt() == null ? msg(locale, "incident.text.notScreened")
                        : facts.screenedAt().atZoneSameInstant(zone).format(TIME));
        return new Text(locale, title, subject.exercise() ? msg(locale, "incident.text.exercise") : null,
                subject.exercise() ? msg(locale, "incident.exercise") : null, List.copyOf(lines), source);
    }

    /** The line of a message that asks the recipient to acknowledge receipt through the link. */
    String receiptLine(Locale locale, String link) {
        return msg(locale, "incident.text.receipt", link);
    }

    private String effect(Facts facts, Locale locale) {
        if (facts.verdict() == null) {
            return msg(locale, "incident.text.effect.notScreened");
        }
        if ("UNDETERMINED".equals(facts.verdict())) {
            return msg(locale, "incident.text.effect.undetermined") + " "
                    + msg(locale, "transboundary.undetermined." + facts.undetermined(), number(facts.maxSnapKm(), 0, locale));
        }
        if (!facts.transboundary()) {
            return msg(locale, "incident.text.effect.none");
        }
        List<String> parts = new ArrayList<>();
        parts.add(msg(locale, "incident.text.effect.countries", names(facts.affectedCountries(), locale)));
        if (facts.river() != null) {
            parts.add(msg(locale, "incident.text.effect.river", facts.river()));
        }
        if (!facts.pathCountries().isEmpty()) {
            parts.add(msg(locale, "incident.text.effect.path", names(facts.pathCountries(), locale)));
        }
        if (facts.crossing() != null && facts.kmToBorder() != null) {
            parts.add(msg(locale, "incident.text.effect.crossing", country(facts.crossing().country(), locale),
                    number(facts.crossing().latitude(), 4, locale), number(facts.crossing().longitude(), 4, locale),
                    number(facts.kmToBorder(), 0, locale)));
        }
        if (facts.shortestHours() != null) {
            parts.add(msg(locale, "incident.text.effect.eta", number(facts.shortestHours(), 0, locale),
                    number(facts.longestHours(), 0, locale), number(facts.fastestMetresPerSecond(), 1, locale),
                    number(facts.slowestMetresPerSecond(), 1, locale)));
        }
        else if (facts.borderDistanceKm() != null) {
            parts.add(msg(locale, "incident.text.effect.border", number(facts.borderDistanceKm(), 0, locale)));
        }
        return String.join("; ", parts);
    }

    private String settlements(Facts facts, Locale locale) {
        String distance = number(facts.settlementDistanceKm(), 0, locale);
        if (facts.pathCountries().isEmpty()) {
            return msg(locale, "incident.text.settlementsNoPath");
        }
        if (facts.settlements().isEmpty()) {
            return msg(locale, "incident.text.settlementsNone", distance);
        }
        boolean cyrillic = !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return msg(locale, "incident.text.settlementsWithin", distance) + " " + facts.settlements().stream()
            .map(s -> msg(locale, "incident.text.settlement", cyrillic && s.nameRu() != null ? s.nameRu() : s.name(),
                    country(s.country(), locale), number(s.alongKm(), 0, locale), number(s.offKm(), 1, locale)))
            .collect(Collectors.joining("; "));
    }

    private String damBreak(Facts facts, Locale locale) {
        Facts.DamBreak dam = facts.damBreak();
        if (dam == null) {
            return msg(locale, "incident.text.damBreakMissing");
        }
        return msg(locale, "incident.text.damBreakValue", number(dam.releasedVolumeM3(), 0, locale),
                number(dam.releasedLowM3(), 0, locale), number(dam.releasedHighM3(), 0, locale),
                number(dam.runoutKm(), 1, locale), number(dam.runoutLowKm(), 1, locale),
                number(dam.runoutHighKm(), 1, locale), dam.model());
    }

    private String names(List<String> codes, Locale locale) {
        return codes.stream().map(code -> country(code, locale)).collect(Collectors.joining(" → "));
    }

    private String country(String code, Locale locale) {
        return code == null ? msg(locale, "incident.text.none") : countries.name(code, locale);
    }

    private String orNotGiven(String text, Locale locale) {
        return text == null || text.isBlank() ? msg(locale, "incident.text.none") : text;
    }

    private void line(List<Line> lines, Locale locale, String key, String value) {
        lines.add(new Line(key, msg(locale, "incident.text." + key), value));
    }

    private static String number(double value, int digits, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(digits);
        return format.format(value);
    }

    private String msg(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

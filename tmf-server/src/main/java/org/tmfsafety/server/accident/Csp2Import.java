package org.tmfsafety.server.accident;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.methodology.accident.Severity;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.Hashes;
import org.tmfsafety.server.system.LocalizedName;

/**
 * Imports the CSP2 list of tailings dam failures ("TSF failures from 1915", D. M. Chambers) in its CSV layout:
 * headers with embedded newlines, numbers with thousands separators, {@code ~}, {@code <} or {@code >}, dates like
 * {@code 25/Jan/19}, no country column (found in the location text). Cells that hold no usable value ("N/A",
 * "Small", "yes" for deaths, tonnes instead of m³) are imported as unknown with a warning naming row and column, and
 * every row is kept whole as the record's source. Rows are upserted by a key built from year, date and location, so
 * importing the same file again updates instead of duplicating. All-or-nothing: one transaction, nothing written when
 * any row has an error.
 */
@Service
public class Csp2Import {

    static final String SEVERITY = "SEVERITY CODE";

    static final String LOCATION = "MINE/PROJECT & LOCATION";

    static final String YEAR = "INCIDENT YEAR";

    private static final List<String> REQUIRED = List.of(SEVERITY, LOCATION, YEAR);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/MMM/yy", Locale.ENGLISH);

    /** A number with optional qualifier and thousands separators, optionally followed by a unit. */
    private static final Pattern NUMBER = Pattern.compile(
            "^[~<>≈]?\\s*(?:approx\\.?\\s*)?([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*([a-zA-Z³0-9. ]*)$");

    /** Two numbers as a range, e.g. {@code 25-30}. */
    private static final Pattern RANGE = Pattern.compile("^([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*[-–]\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)$");

    private final AccidentRepository accidents;

    private final Countries countries;

    private final MessageSource messages;

    private final TransactionTemplate transactions;

    private final JsonMapper json;

    private final AuditLog audit;

    private final CurrentUser user;

    private final long maxBytes;

    Csp2Import(AccidentRepository accidents, Countries countries, MessageSource messages,
            TransactionTemplate transactions, JsonMapper json, AuditLog audit, CurrentUser user,
            @Value("${tmf.import.max-megabytes:20}") long maxMegabytes) {
        this.accidents = accidents;
        this.countries = countries;
        this.messages = messages;
        this.transactions = transactions;
        this.json = json;
        this.audit = audit;
        this.user = user;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    /** A finding in the file: the spreadsheet row (1 = header; 0 = the whole file), the column and what is wrong. */
    public record RowMessage(int row, String column, String message) {
    }

    /** What an import did or would do: events read, of which created and updated. */
    public record Result(int events, int created, int updated, List<RowMessage> warnings) {
    }

    /** Thrown when the file has errors; nothing was written. */
    public static class RejectedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<RowMessage> errors;

        RejectedException(List<RowMessage> errors) {
            super(errors.size() + " error(s) in the CSP2 file");
            this.errors = List.copyOf(errors);
        }

        public List<RowMessage> errors() {
            return errors;
        }
    }

    /**
     * Checks the file and, unless it is a dry run, writes it.
     *
     * @throws RejectedException with every problem found, when there is one
     */
    public Result run(String fileName, byte[] data, boolean dryRun, Locale locale) {
        List<RowMessage> errors = new ArrayList<>();
        List<RowMessage> warnings = new ArrayList<>();
        List<CSVRecord> records = read(data, errors, locale);
        List<Accident.Draft> drafts = new ArrayList<>();
        Map<String, Integer> columns = errors.isEmpty() ? columns(records.get(0), errors, locale) : Map.of();
        if (errors.isEmpty()) {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 1; i < records.size(); i++) {
                CSVRecord record = records.get(i);
                if (record.stream().allMatch(String::isBlank)) {
                    continue;
                }
                Accident.Draft draft = new Row(i + 1, record, columns, records.get(0), locale, errors, warnings)
                    .draft(seen);
                if (draft != null) {
                    drafts.add(draft);
                }
            }
            if (drafts.isEmpty() && errors.isEmpty()) {
                errors.add(new RowMessage(0, "", text("import.empty", locale)));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(errors);
        }
        if (dryRun) {
            return new Result(drafts.size(), 0, 0, warnings);
        }
        int[] counts = transactions.execute(status -> write(drafts, fileName, data));
        return new Result(drafts.size(), counts[0], counts[1], warnings);
    }

    private int[] write(List<Accident.Draft> drafts, String fileName, byte[] data) {
        int created = 0;
        for (Accident.Draft draft : drafts) {
            AccidentRepository.Written written = accidents.upsert(draft);
            created += written.created() ? 1 : 0;
            audit.record("accident", written.id(), written.created() ? AuditAction.CREATE : AuditAction.UPDATE, null,
                    Map.of("sourceKey", draft.accident().sourceKey()));
        }
        int updated = drafts.size() - created;
        String sha = Hashes.sha256Hex(data);
        long id = accidents.recordImport(fileName, sha, created, updated,
                user.username());
        audit.record("accident_import", id, AuditAction.CREATE, null, Map.of("fileName", String.valueOf(fileName),
                "fileSha256", sha, "created", created, "updated", updated));
        return new int[] { created, updated };
    }

    private List<CSVRecord> read(byte[] data, List<RowMessage> errors, Locale locale) {
        if (data == null || data.length == 0) {
            errors.add(new RowMessage(0, "", text("import.empty", locale)));
            return List.of();
        }
        if (data.length > maxBytes) {
            errors.add(new RowMessage(0, "", text("import.tooLarge", locale, maxBytes / 1024 / 1024)));
            return List.of();
        }
        String content;
        try {
            content = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        }
        catch (CharacterCodingException ex) {
            errors.add(new RowMessage(0, "", text("import.notUtf8", locale)));
            return List.of();
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        try {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(content)).getRecords();
            if (records.isEmpty()) {
                errors.add(new RowMessage(0, "", text("import.empty", locale)));
            }
            return records;
        }
        catch (IOException | RuntimeException ex) {
            errors.add(new RowMessage(0, "", text("import.unreadable", locale)));
            return List.of();
        }
    }

    /** The index of each header (normalised: blanks and line breaks collapsed, upper case). */
    private Map<String, Integer> columns(CSVRecord header, List<RowMessage> errors, Locale locale) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(normalise(header.get(i)), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new RowMessage(1, required, text("accident.import.missingColumn", locale, required)));
            }
        }
        return columns;
    }

    static String normalise(String header) {
        return header.replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** One data row being read; adds its errors and warnings as it goes. */
    private final class Row {

        private final int number;

        private final CSVRecord record;

        private final Map<String, Integer> columns;

        private final CSVRecord header;

        private final Locale locale;

        private final List<RowMessage> errors;

        private final List<RowMessage> warnings;

        Row(int number, CSVRecord record, Map<String, Integer> columns, CSVRecord header, Locale locale,
                List<RowMessage> errors, List<RowMessage> warnings) {
            this.number = number;
            this.record = record;
            this.columns = columns;
            this.header = header;
            this.locale = locale;
            this.errors = errors;
            this.warnings = warnings;
        }

        Accident.Draft draft(Map<String, Integer> seen) {
            if (record.size() != header.size()) {
                errors.add(new RowMessage(number, "", text("accident.import.cellCount", locale, record.size(),
                        header.size())));
                return null;
            }
            int errorsBefore = errors.size();
            Severity severity = severity();
            String location = cell(LOCATION);
            if (location == null) {
                errors.add(new RowMessage(number, LOCATION, text("validation.required", locale)));
            }
            Integer year = year();
            if (errors.size() > errorsBefore) {
                return null;
            }
            LocalDate date = date(year);
            String dateText = cell("INCIDENT DATE");
            String damType = cell("DAM TYPE");
            String place = location.replaceAll("\\s+", " ").strip();
            String country = countries.findIn(place).orElse(null);
            if (country == null) {
                warn(LOCATION, "accident.import.noCountry", place);
            }
            String identity = year + "|" + (dateText == null ? "" : dateText) + "|" + place.toLowerCase(Locale.ROOT);
            int occurrence = seen.merge(identity, 1, Integer::sum);
            String key = "csp2:" + year + ":" + Hashes.sha256Hex((identity + "|" + occurrence)
                .getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            Map<String, String> source = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                if (!header.get(c).isBlank() || !record.get(c).isBlank()) {
                    source.put(header.get(c).isBlank() ? "#" + (c + 1) : header.get(c), record.get(c));
                }
            }
            Double deaths = number("DEATHS", false);
            Accident accident = new Accident(0, key, Accident.Origin.CSP2, year, date, facilityName(place), place,
                    country, null, null, true, cell("ORE TYPE"), raiseMethod(damType),
                    damType, cell("DAM FILL MATERIAL"), number("DAM HEIGHT (METERS)", false),
                    number("STORAGE VOLUME (CU. METERS)", false), number("RELEASE (CU. METERS)", true),
                    number("RUNOUT (KM)", false), deaths == null ? null : (int) Math.round(deaths), cause(),
                    severity, null, null, false, List.of(), new LocalizedName(cell("NOTES"), null, null),
                    sources(), json.writeValueAsString(source), 0);
            return new Accident.Draft(accident, List.of());
        }

        private Severity severity() {
            String value = cell(SEVERITY);
            if (value != null && value.matches("[1-4]")) {
                return Severity.ofCode(Integer.parseInt(value));
            }
            errors.add(new RowMessage(number, SEVERITY, text("accident.import.severity", locale, String.valueOf(value))));
            return null;
        }

        private Integer year() {
            String value = cell(YEAR);
            if (value != null && value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                if (year >= 1800 && year <= 2200) {
                    return year;
                }
            }
            errors.add(new RowMessage(number, YEAR, text("accident.import.year", locale, String.valueOf(value))));
            return null;
        }

        private LocalDate date(int year) {
            String value = cell("INCIDENT DATE");
            if (value == null) {
                return null;
            }
            try {
                LocalDate parsed = LocalDate.parse(value, DATE);
                LocalDate date = parsed.withYear(year);
                if (parsed.getYear() % 100 == year % 100) {
                    return date;
                }
            }
            catch (DateTimeParseException ex) {
                warn("INCIDENT DATE", "accident.import.date", value);
                return null;
            }
            warn("INCIDENT DATE", "accident.import.date", value);
            return null;
        }

        /** The failure cause of the row's CSP2 code; unknown codes are read as unknown, with a warning. */
        private FailureCause cause() {
            String value = cell("TYPE CAUSE");
            return FailureCause.ofCsp2Code(value).orElseGet(() -> {
                warn("TYPE CAUSE", "accident.import.cause", value);
                return FailureCause.UNKNOWN;
            });
        }

        /**
         * A number of the row: blank is unknown; {@code ~}, {@code <}, {@code >} and thousands separators are read as
         * the value; a range is read as its upper value and another unit as unknown, both with a warning; words are
         * unknown with a warning, except "none" where it means zero (nothing released).
         */
        private Double number(String column, boolean noneIsZero) {
            String value = cell(column);
            if (value == null) {
                return null;
            }
            if (noneIsZero && "none".equalsIgnoreCase(value)) {
                return 0.0;
            }
            Matcher range = RANGE.matcher(value);
            if (range.matches()) {
                warn(column, "accident.import.range", value);
                return Double.parseDouble(range.group(2).replace(",", ""));
            }
            Matcher matcher = NUMBER.matcher(value);
            if (matcher.matches()) {
                String unit = matcher.group(2).strip().toLowerCase(Locale.ROOT);
                if (unit.isEmpty() || unit.equals("m") || unit.equals("km") || unit.equals("m3") || unit.equals("m³")) {
                    return Double.parseDouble(matcher.group(1).replace(",", ""));
                }
                warn(column, "accident.import.unit", value);
                return null;
            }
            warn(column, "accident.import.notANumber", value);
            return null;
        }

        /** The facility's name: the location text before its first comma or parenthesis. */
        private String facilityName(String place) {
            String name = place.split("[,(]", 2)[0].strip();
            return name.isEmpty() ? place : name;
        }

        private DamRaiseMethod raiseMethod(String damType) {
            if (damType == null) {
                return DamRaiseMethod.UNKNOWN;
            }
            String type = damType.toUpperCase(Locale.ROOT);
            String last = type.contains(" THEN ") ? type.substring(type.lastIndexOf(" THEN ") + 6) : type;
            String first = last.split("[ /]", 2)[0];
            return switch (first) {
                case "US" -> DamRaiseMethod.UPSTREAM;
                case "DS" -> DamRaiseMethod.DOWNSTREAM;
                case "CL" -> DamRaiseMethod.CENTRELINE;
                case "WR" -> DamRaiseMethod.WATER_RETENTION;
                case "MODIFIED" -> last.startsWith("MODIFIED CL") ? DamRaiseMethod.CENTRELINE : DamRaiseMethod.UNKNOWN;
                default -> DamRaiseMethod.UNKNOWN;
            };
        }

        private List<String> sources() {
            String value = cell("SOURCES");
            return value == null ? List.of() : value.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        }

        private String cell(String column) {
            Integer index = columns.get(column);
            if (index == null || index >= record.size()) {
                return null;
            }
            String value = record.get(index).strip();
            return value.isEmpty() || value.equals("--") || value.equalsIgnoreCase("N/A") ? null : value;
        }

        private void warn(String column, String key, Object value) {
            warnings.add(new RowMessage(number, header.get(columns.get(column)).replaceAll("\\s+", " ").strip(),
                    text(key, locale, value)));
        }
    }
}

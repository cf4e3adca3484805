package org.tmfsafety.server.facility;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.tmfsafety.geo.crs.CoordinateSystem;
import org.tmfsafety.geo.crs.CoordinateSystemException;
import org.tmfsafety.geo.crs.CoordinateTransformException;
import org.tmfsafety.geo.crs.CoordinateTransformer;
import org.tmfsafety.geo.crs.LatLon;
import org.tmfsafety.geo.transboundary.DrainageRoute;
import org.tmfsafety.server.audit.AuditAction;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.account.CurrentUser;
import org.tmfsafety.server.organisation.OrganisationKind;
import org.tmfsafety.server.organisation.OrganisationService;
import org.tmfsafety.server.system.Hashes;
import org.tmfsafety.server.system.LenientNumberEditor;
import org.tmfsafety.server.system.TableExport;
import org.tmfsafety.server.transboundary.DrainageRoutes;
import org.tmfsafety.server.transboundary.StoredDrainageRoute;

/**
 * Imports facilities from CSV (UTF-8, comma or semicolon) or XLSX: headers in English, Russian or Kazakh (the
 * export's headers, or the field names), each row bound and validated exactly like the facility form; rows whose
 * code exists update that facility, others create one. A code must name a facility the importing account may change,
 * or (for accounts that change every facility) no facility yet: see {@link FacilityPermissions#mayImportCode}. Every
 * row is checked before anything is written, and the write is one transaction: either every row is saved or none. A
 * dry run only checks.
 */
@Service
public class FacilityImport {

    /**
     * Column names of other inventories mapped to our fields: the Global Tailings Portal (GRID-Arendal) API fields
     * and the columns of the ICOLD/UNEP Global Registry of Tailings Storage Facilities (draft, June 2025). An empty
     * field means "recognised, not imported" (reported as a warning).
     */
    static final Map<String, String> LAYOUTS = Map.ofEntries(Map.entry("tsf", "name"), Map.entry("mine", "siteName"),
            Map.entry("latitude", "latitude"), Map.entry("longitude", "longitude"), Map.entry("status", "status"),
            Map.entry("construction_year", "yearCommissioned"), Map.entry("raise_type", "damRaiseMethod"),
            Map.entry("current_maximum_height", "damHeightM"), Map.entry("current_tailings_storage", "storedVolumeM3"),
            Map.entry("owner_company", ""), Map.entry("operator", ""), Map.entry("planned_storage_5_years", ""),
            Map.entry("hazard_categorization", ""), Map.entry("classification_system", ""),
            Map.entry("disclosure_link", "dataSources"), Map.entry("ubc_number", ""),
            Map.entry("tsf name", "name"), Map.entry("mine name", "siteName"), Map.entry("current owner", ""),
            Map.entry("tsf status", "status"), Map.entry("number of embankments", ""),
            Map.entry("dam raise method", "damRaiseMethod"), Map.entry("consequence classification", ""),
            Map.entry("classification system", ""), Map.entry("current max dam height (m)", "damHeightM"),
            Map.entry("current storage volume (m³)", "storedVolumeM3"),
            Map.entry("current storage volume (m3)", "storedVolumeM3"), Map.entry("primary ore commodity", "commodity"),
            Map.entry("year of commencement", "yearCommissioned"), Map.entry("reference", "dataSources"),
            Map.entry("additional remarks", "notes"), Map.entry("id", ""));

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"),
            Locale.forLanguageTag("kk"));

    private final FacilityRepository facilities;

    private final FacilityService service;

    private final MessageSource messages;

    private final TransactionTemplate transactions;

    private final JdbcClient jdbc;

    private final AuditLog audit;

    private final CurrentUser user;

    private final FacilityPermissions permissions;

    private final long maxBytes;

    private final DrainageRoutes drainageRoutes;

    private final ImportValues importValues;

    private final OrganisationService organisations;

    private final JsonMapper json;

    /** Header text (normalised) to field, built once from the bundles. */
    private final Supplier<Map<String, String>> fieldsByHeader = SingletonSupplier.of(this::fieldsByHeader);

    /**
     * Columns that give the facility's drainage route (not facility fields): the points as WKT, GeoJSON or
     * coordinates (a single point is a receiving water), and the route's source.
     */
    static final List<String> ROUTE_FIELDS = List.of("drainageRoute", "drainageRouteSource");

    /**
     * Columns that give the location in a grid (not facility fields): easting and northing in metres (Russian Y and
     * X), and the zone of systems with a zone per row; transformed to latitude and longitude.
     */
    static final List<String> GRID_FIELDS = List.of("easting", "northing", "coordinateZone");

    FacilityImport(FacilityRepository facilities, FacilityService service, MessageSource messages,
            TransactionTemplate transactions, JdbcClient jdbc, AuditLog audit, CurrentUser user,
            FacilityPermissions permissions, DrainageRoutes drainageRoutes, ImportValues importValues,
            OrganisationService organisations, JsonMapper json,
            @Value("${tmf.import.max-megabytes:20}") long maxMegabytes) {
        this.organisations = organisations;
        this.json = json;
        this.drainageRoutes = drainageRoutes;
        this.importValues = importValues;
        this.facilities = facilities;
        this.service = service;
        this.messages = messages;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.audit = audit;
        this.user = user;
        this.permissions = permissions;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    /** A finding in the file: the spreadsheet row (1 = header), the column as in the file, and what is wrong. */
    public record RowMessage(int row, String column, String message) implements Serializable {
    }

    /**
     * How a column of the file was read: the field it fills, "" when it is recognised but not imported (computed
     * export columns, other inventories' columns without a registry field, or mapped to nothing), null when unknown.
     */
    public record Column(String header, String field) implements Serializable {
    }

    /** One row as it will be written: its spreadsheet row, whether it updates an existing facility, key values. */
    public record PreviewRow(int row, boolean update, String code, String name, String country, Double latitude,
            Double longitude, Double easting, Double northing) implements Serializable {
    }

    /**
     * One distinct value of an enumerated column: as written in the file, in how many rows (the first of them), and
     * the registry value it stands for ("" = not known; null = none yet: it must be assigned) with how that was found.
     */
    public record FileValue(String value, int rows, int firstRow, String assigned, ImportValues.Match match)
            implements Serializable {
    }

    /** The distinct values of a column that fills an enumerated field, most frequent first. */
    public record ValueColumn(String header, String field, List<FileValue> values) implements Serializable {
    }

    /**
     * What an import did or would do, with the columns as read, the values of its enumerated columns and the first
     * rows as they will be written.
     */
    public record Result(int created, int updated, List<RowMessage> warnings, List<Column> columns,
            List<ValueColumn> values, List<PreviewRow> preview) implements Serializable {
    }

    /** Thrown when the file has errors; nothing was written. */
    public static class RejectedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<RowMessage> errors;

        private final transient List<Column> columns;

        private final transient List<ValueColumn> values;

        RejectedException(List<RowMessage> errors, List<Column> columns, List<ValueColumn> values) {
            super(errors.size() + " error(s) in the imported file");
            this.errors = List.copyOf(errors);
            this.columns = List.copyOf(columns);
            this.values = List.copyOf(values);
        }

        public List<RowMessage> errors() {
            return errors;
        }

        /** The file's columns as read (empty when the file could not be read). */
        public List<Column> columns() {
            return columns;
        }

        /** The values of the file's enumerated columns as read (empty when the columns could not be read). */
        public List<ValueColumn> values() {
            return values;
        }
    }

    /** From this many rows, an import refreshes the planner statistics, so that lists stay fast right after it. */
    static final int ANALYZE_FROM_ROWS = 1000;

    /** How many rows a result shows as they will be written. */
    static final int PREVIEW_ROWS = 20;

    /**
     * Checks a file and, unless it is a dry run, writes it.
     *
     * @throws RejectedException with every problem found, when there is one
     */
    public Result run(String fileName, byte[] data, boolean dryRun, Locale locale) {
        return run(fileName, data, ImportMapping.NONE, dryRun, locale);
    }

    /**
     * Checks a file read as assigned (columns, values, one value for fields without a column; anything not assigned
     * is recognised as usual) and, unless it is a dry run, writes it. A value of an enumerated column that is neither
     * assigned nor recognised stops the import: it must be assigned (possibly to "not known").
     *
     * @throws RejectedException with every problem found, when there is one
     */
    public Result run(String fileName, byte[] data, ImportMapping mapping, boolean dryRun, Locale locale) {
        List<RowMessage> errors = new ArrayList<>();
        Table table = read(data, locale, errors);
        Map<String, String> fields = fieldsByHeader.get();
        List<String> headers = table.headers();
        Map<String, String> fieldOfHeader = new LinkedHashMap<>();
        List<RowMessage> warnings = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (String header : headers) {
            String field = mapping.columns().containsKey(header) ? mapping.columns().get(header)
                    : fields.get(normalise(header));
            columns.add(new Column(header, field));
            if (field != null && !field.isEmpty() && !FacilityExports.FIELDS.contains(field)
                    && !ROUTE_FIELDS.contains(field) && !GRID_FIELDS.contains(field)) {
                errors.add(new RowMessage(1, header, text("import.mapping.unknownField", locale, field)));
            }
            else if (field == null) {
                errors.add(new RowMessage(1, header, text("import.column.unknown", locale, header)));
            }
            else if (!field.isEmpty()) {
                fieldOfHeader.put(header, field);
            }
            else if (!FacilityExports.COMPUTED.contains(header) && LAYOUTS.containsKey(normalise(header))) {
                warnings.add(new RowMessage(1, header, text("import.column.ignored", locale, header)));
            }
        }
        if (table.rows().isEmpty() && errors.isEmpty()) {
            errors.add(new RowMessage(0, "", text("import.empty", locale)));
        }
        CoordinateTransformer grid = grid(mapping.crs(), fieldOfHeader, errors, locale);
        boolean columnsRead = errors.isEmpty();
        Map<String, Map<String, String>> resolved = new HashMap<>();
        List<ValueColumn> valueColumns = values(table, fieldOfHeader, mapping, resolved, errors, locale);
        Map<String, String> defaults = defaults(mapping, fieldOfHeader, errors, locale);
        List<Prepared> prepared = new ArrayList<>();
        Map<String, Integer> codes = new HashMap<>();
        if (columnsRead) {
            // rows are checked even when values are still to be assigned, so that every other problem shows at once
            for (int i = 0; i < table.rows().size(); i++) {
                prepared.add(prepare(table.numbers().get(i), table.rows().get(i), fieldOfHeader, resolved, defaults,
                        grid, codes, errors, warnings, locale));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedException(errors, columns, valueColumns);
        }
        int updated = (int) prepared.stream().filter(p -> p.existing != null).count();
        Result result = new Result(prepared.size() - updated, updated, warnings, columns, valueColumns,
                prepared.stream().limit(PREVIEW_ROWS).map(Prepared::preview).toList());
        if (!dryRun) {
            transactions.executeWithoutResult(status -> write(prepared, fileName, data, result));
        }
        return result;
    }

    /**
     * A row ready to be written; {@code newOrganisations} names, by field, the organisations to create for it (names
     * that matched none of the registry's).
     */
    private record Prepared(int row, FacilityInput input, Facility existing, DrainageRoutes.Change route,
            double[] gridPoint, Map<String, String> newOrganisations) {

        PreviewRow preview() {
            return new PreviewRow(row, existing != null, input.getCode(), input.getName(), input.getCountry(),
                    input.getLatitude(), input.getLongitude(), gridPoint == null ? null : gridPoint[0],
                    gridPoint == null ? null : gridPoint[1]);
        }
    }

    /**
     * The transformer of the file's coordinate system, or null for WGS84 latitude and longitude columns; a wrong
     * system, or columns that do not fit it, are errors.
     */
    private CoordinateTransformer grid(String crs, Map<String, String> fieldOfHeader, List<RowMessage> errors,
            Locale locale) {
        CoordinateSystem system;
        try {
            system = CoordinateSystem.parse(crs);
        }
        catch (CoordinateSystemException ex) {
            errors.add(new RowMessage(0, "", text("import.crs.system." + ex.reason(), locale, crs)));
            return null;
        }
        boolean gridColumns = fieldOfHeader.containsValue("easting") || fieldOfHeader.containsValue("northing");
        if (system.kind() == CoordinateSystem.Kind.WGS84) {
            if (gridColumns) {
                errors.add(new RowMessage(1, "", text("import.crs.gridWithoutSystem", locale)));
            }
            return null;
        }
        if (!fieldOfHeader.containsValue("easting") || !fieldOfHeader.containsValue("northing")) {
            errors.add(new RowMessage(1, "", text("import.crs.gridColumnsMissing", locale, label(system, locale))));
        }
        if (fieldOfHeader.containsValue("latitude") || fieldOfHeader.containsValue("longitude")) {
            errors.add(new RowMessage(1, "", text("import.crs.both", locale)));
        }
        return new CoordinateTransformer(system);
    }

    /**
     * Transforms a row's grid coordinates to latitude and longitude (added to the values), or adds the row's error.
     *
     * @return easting and northing as read, or null when they could not be read
     */
    private double[] transform(int row, Map<String, String> cells, Map<String, String> headerOfField,
            CoordinateTransformer grid, MutablePropertyValues values, List<RowMessage> errors, Locale locale) {
        Double easting = gridNumber(row, cells, headerOfField, "easting", errors, locale);
        Double northing = gridNumber(row, cells, headerOfField, "northing", errors, locale);
        String zoneHeader = headerOfField.get("coordinateZone");
        String zoneCell = zoneHeader == null ? null : cells.get(zoneHeader);
        Integer zone;
        try {
            zone = LenientNumberEditor.whole(zoneCell);
        }
        catch (IllegalArgumentException ex) {
            errors.add(new RowMessage(row, zoneHeader, text("import.crs.zoneNotWhole", locale, zoneCell)));
            return null;
        }
        if (easting == null || northing == null) {
            return null;
        }
        try {
            LatLon point = grid.toWgs84(easting, northing, zone);
            values.add("latitude", String.valueOf(point.latitude()));
            values.add("longitude", String.valueOf(point.longitude()));
        }
        catch (CoordinateTransformException ex) {
            errors.add(new RowMessage(row, headerOfField.get("easting"), text("import.crs.transform." + ex.reason(),
                    locale, cells.get(headerOfField.get("easting")), cells.get(headerOfField.get("northing")),
                    zone == null ? "" : String.valueOf(zone), label(grid.source(), locale))));
        }
        return new double[] { easting, northing };
    }

    /** A coordinate system as users name it, in their language. */
    private String label(CoordinateSystem system, Locale locale) {
        return switch (system.kind()) {
            case UTM -> text("import.crs.label.UTM", locale, system.zone().getAsInt() + (system.hemisphere()
                .orElse(CoordinateSystem.Hemisphere.NORTH) == CoordinateSystem.Hemisphere.SOUTH ? "S" : "N"));
            case GAUSS_KRUGER -> text("import.crs.label.GK", locale, system.zone().getAsInt());
            case UTM_ZONE_PER_ROW -> text("import.crs.label.UTM-ROW", locale);
            case GAUSS_KRUGER_ZONE_FROM_PREFIX -> text("import.crs.label.GK-PREFIX", locale);
            case EPSG, WGS84 -> system.id();
        };
    }

    /** An easting or northing cell as a number (as the form reads numbers), or null with the row's error. */
    private Double gridNumber(int row, Map<String, String> cells, Map<String, String> headerOfField, String field,
            List<RowMessage> errors, Locale locale) {
        String header = headerOfField.get(field);
        String cell = header == null ? null : cells.get(header);
        try {
            Double number = LenientNumberEditor.decimal(cell);
            if (number == null) {
                errors.add(new RowMessage(row, header, text("import.crs.required", locale,
                        text("facility.field." + field, locale))));
            }
            return number;
        }
        catch (IllegalArgumentException ex) {
            errors.add(new RowMessage(row, header, text("import.crs.notANumber", locale, cell)));
            return null;
        }
    }

    /** The header and the data rows (header → cell text) with their spreadsheet row numbers. */
    private record Table(List<String> headers, List<Map<String, String>> rows, List<Integer> numbers) {

        static final Table EMPTY = new Table(List.of(), List.of(), List.of());
    }

    /**
     * The distinct values of every column that fills an enumerated field, each resolved to a registry value: as the
     * mapping assigns it (checked), else as recognised; a value neither assigned nor recognised is an error (once per
     * value, at its first row). Resolved values go into {@code resolved} (field → file value → registry value).
     */
    private List<ValueColumn> values(Table table, Map<String, String> fieldOfHeader, ImportMapping mapping,
            Map<String, Map<String, String>> resolved, List<RowMessage> errors, Locale locale) {
        List<ValueColumn> columns = new ArrayList<>();
        ImportValues.Organisations organisations = fieldOfHeader.values().stream()
            .anyMatch(ImportValues::organisationField) ? importValues.organisations() : null;
        fieldOfHeader.forEach((header, field) -> {
            if (!importValues.enumerated(field)) {
                return;
            }
            boolean organisation = ImportValues.organisationField(field);
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (int i = 0; i < table.rows().size(); i++) {
                String value = cellValue(table.rows().get(i).get(header));
                if (!value.isEmpty()) {
                    int row = table.numbers().get(i);
                    counts.computeIfAbsent(value, v -> new int[] { 0, row })[0]++;
                }
            }
            Map<String, String> registry = resolved.computeIfAbsent(field, f -> new HashMap<>());
            List<FileValue> values = new ArrayList<>();
            counts.forEach((value, count) -> {
                String assigned = mapping.value(field, value);
                ImportValues.Match match = ImportValues.Match.ASSIGNED;
                boolean valid = assigned == null || assigned.isEmpty() || (organisation
                        ? organisations.valid(assigned, ImportValues.kindsOf(field))
                        : importValues.valid(field, assigned));
                if (!valid) {
                    errors.add(new RowMessage(count[1], header, text("import.value.invalid", locale, value, assigned)));
                    assigned = null;
                }
                else if (assigned == null && organisation) {
                    ImportValues.Suggestion suggestion = organisationSuggestion(organisations, field, value, header,
                            count, errors, locale);
                    assigned = suggestion == null ? null : suggestion.value();
                    match = suggestion == null ? null : suggestion.match();
                }
                else if (assigned == null) {
                    ImportValues.Suggestion suggestion = importValues.suggest(field, value).orElse(null);
                    assigned = suggestion == null ? null : suggestion.value();
                    match = suggestion == null ? null : suggestion.match();
                    if (suggestion == null) {
                        errors.add(new RowMessage(count[1], header, text("import.value.unassigned", locale, value,
                                count[0])));
                    }
                }
                if (assigned != null) {
                    registry.put(value, assigned);
                }
                values.add(new FileValue(value, count[0], count[1], assigned, assigned == null ? null : match));
            });
            values.sort(Comparator.comparingInt(FileValue::rows).reversed());
            columns.add(new ValueColumn(header, field, values));
        });
        return columns;
    }

    /**
     * The organisation a value of an operator or authority column names (by id, name or the name written otherwise),
     * or a new one to create; null, with an error, when an operator column names an organisation of another kind or
     * a new name is too long. An authority column's organisation is checked by the facility rules, as in the form.
     */
    private ImportValues.Suggestion organisationSuggestion(ImportValues.Organisations organisations, String field,
            String value, String header, int[] count, List<RowMessage> errors, Locale locale) {
        ImportValues.Organisations.Named named = organisations.find(value).orElse(null);
        if (named != null && "authorityId".equals(field)) {
            // whether it may be the responsible authority is the facility rules' to say, as in the form
            return new ImportValues.Suggestion(String.valueOf(named.organisation().id()), named.match());
        }
        if (named != null && !ImportValues.kindsOf(field).contains(named.organisation().kind())) {
            errors.add(new RowMessage(count[1], header, text("import.organisation.otherKind", locale, value,
                    text("enum.OrganisationKind." + named.organisation().kind(), locale))));
            return null;
        }
        if (named != null) {
            return new ImportValues.Suggestion(String.valueOf(named.organisation().id()), named.match());
        }
        if (value.length() > MAX_ORGANISATION_NAME) {
            errors.add(new RowMessage(count[1], header, text("import.organisation.tooLong", locale,
                    MAX_ORGANISATION_NAME)));
            return null;
        }
        return new ImportValues.Suggestion(ImportValues.NEW_ORGANISATION, ImportValues.Match.NEW_ORGANISATION);
    }

    /** The longest organisation name the registry keeps. */
    private static final int MAX_ORGANISATION_NAME = 300;

    /** The checked values for every row of fields without a column. */
    private Map<String, String> defaults(ImportMapping mapping, Map<String, String> fieldOfHeader,
            List<RowMessage> errors, Locale locale) {
        Map<String, String> defaults = new LinkedHashMap<>();
        mapping.defaults().forEach((field, value) -> {
            String label = FacilityExports.FIELDS.contains(field) ? text("facility.field." + field, locale) : field;
            if (value == null || value.isBlank()) {
                return;
            }
            if (!FacilityExports.FIELDS.contains(field)) {
                errors.add(new RowMessage(0, label, text("import.mapping.unknownField", locale, field)));
            }
            else if (fieldOfHeader.containsValue(field)) {
                errors.add(new RowMessage(0, label, text("import.default.hasColumn", locale, label)));
            }
            else if (importValues.enumerated(field) && !importValues.valid(field, value.strip())) {
                errors.add(new RowMessage(0, label, text("import.default.invalid", locale, value, label)));
            }
            else {
                defaults.put(field, value.strip());
            }
        });
        return defaults;
    }

    /** A cell as compared in the value step: without the exports' formula apostrophe, stripped, never null. */
    private static String cellValue(String cell) {
        String value = unescape(cell);
        return value == null ? "" : value.strip();
    }

    private Prepared prepare(int row, Map<String, String> cells, Map<String, String> fieldOfHeader,
            Map<String, Map<String, String>> resolved, Map<String, String> defaults, CoordinateTransformer grid,
            Map<String, Integer> codes, List<RowMessage> errors, List<RowMessage> warnings, Locale locale) {
        MutablePropertyValues values = new MutablePropertyValues();
        defaults.forEach(values::add);
        // fields whose problem is reported once already (an unassigned value, unusable grid coordinates)
        Set<String> unassigned = new HashSet<>();
        Map<String, String> headerOfField = new HashMap<>();
        Map<String, String> route = new HashMap<>();
        Map<String, String> newOrganisations = new HashMap<>();
        fieldOfHeader.forEach((header, field) -> {
            String value = cells.get(header);
            if (isFormula(value)) {
                errors.add(new RowMessage(row, header, text("import.formulaText", locale, value.charAt(0))));
            }
            if (ROUTE_FIELDS.contains(field)) {
                route.put(field, unescape(value));
            }
            else if (resolved.containsKey(field)) {
                String registry = resolved.get(field).get(cellValue(value));
                if (registry == null && !cellValue(value).isEmpty()) {
                    // reported once for the value; the row's other fields are still checked
                    unassigned.add(field);
                }
                else if (ImportValues.NEW_ORGANISATION.equals(registry)) {
                    // created when the file is written, then set
                    newOrganisations.put(field, cellValue(value));
                }
                else {
                    values.add(field, registry == null ? "" : registry);
                }
            }
            else if (!GRID_FIELDS.contains(field)) {
                // grid coordinates are read together, below
                values.add(field, unescape(value));
            }
            headerOfField.put(field, header);
        });
        double[] gridPoint = grid == null ? null : transform(row, cells, headerOfField, grid, values, errors, locale);
        if (grid != null && !values.contains("latitude")) {
            // the grid coordinates' problem is reported; no second message for the missing latitude and longitude
            unassigned.addAll(List.of("latitude", "longitude"));
        }
        String code = cells.entrySet().stream().filter(e -> "code".equals(fieldOfHeader.get(e.getKey())))
            .map(Map.Entry::getValue).filter(v -> v != null && !v.isBlank()).map(String::strip).findFirst().orElse(null);
        Facility existing = code == null ? null : facilities.findByCode(code).orElse(null);
        if (code != null) {
            Integer first = codes.putIfAbsent(code, row);
            if (first != null) {
                errors.add(new RowMessage(row, headerOfField.get("code"), text("import.code.duplicate", locale, code,
                        first)));
            }
            if (!permissions.mayImportCode(existing)) {
                errors.add(new RowMessage(row, headerOfField.get("code"), text("import.code.notEditable", locale,
                        code)));
                return new Prepared(row, new FacilityInput(), null, null, null, Map.of());
            }
        }
        FacilityInput input = existing == null ? new FacilityInput() : FacilityInput.of(existing);
        DataBinder binder = new DataBinder(input, "facility");
        FacilityInput.configure(binder);
        binder.bind(values);
        if (existing != null) {
            input.setVersion(existing.version());
        }
        if (!input.isLocationApproximate() && (coarse(values, "latitude") || coarse(values, "longitude"))) {
            input.setLocationApproximate(true);
            warnings.add(new RowMessage(row, headerOfField.get(coarse(values, "latitude") ? "latitude" : "longitude"),
                    text("import.coordinates.coarse", locale)));
        }
        BeanPropertyBindingResult result = (BeanPropertyBindingResult) binder.getBindingResult();
        if (!result.hasErrors()) {
            service.validate(input, existing, result);
        }
        for (ObjectError error : result.getAllErrors()) {
            if (error instanceof FieldError field && unassigned.contains(field.getField())) {
                continue;
            }
            String column = error instanceof FieldError field ? headerOfField.getOrDefault(field.getField(),
                    field.getField()) : "";
            errors.add(new RowMessage(row, column, messages.getMessage(error, locale)));
        }
        DrainageRoutes.Change change = routeChange(route);
        if (change != null && !result.hasErrors()) {
            Errors routeErrors = drainageRoutes.check(input.getLatitude(), input.getLongitude(), change);
            for (FieldError error : routeErrors.getFieldErrors()) {
                String column = headerOfField.get("source".equals(error.getField()) ? "drainageRouteSource"
                        : "drainageRoute");
                errors.add(new RowMessage(row, column == null ? text("facility.field.drainageRouteSource", locale)
                        : column, messages.getMessage(error, locale)));
            }
        }
        return new Prepared(row, input, existing, change, gridPoint, newOrganisations);
    }

    /**
     * The route a row gives, or null when its route cell is empty: a single point (WKT POINT, a GeoJSON Point, one
     * coordinate line) is a receiving water, more points a drawn route.
     */
    private static DrainageRoutes.Change routeChange(Map<String, String> route) {
        String points = route.get("drainageRoute");
        if (points == null || points.isBlank()) {
            return null;
        }
        String text = points.strip();
        String kind = DrainageRoutes.kindOf(text);
        return new DrainageRoutes.Change(kind == null ? DrainageRoute.Kind.DRAWN.name() : kind, text,
                route.get("drainageRouteSource"), null, null);
    }

    private void write(List<Prepared> prepared, String fileName, byte[] data, Result result) {
        Map<String, Long> created = new HashMap<>();
        // the file's name and the day: the data source of each organisation the import creates
        String source = fileName + " (" + LocalDate.now(ZoneOffset.UTC) + ")";
        for (Prepared row : prepared) {
            row.newOrganisations().forEach((field, name) -> {
                // spellings of one name that differ only in case, quotes or legal form create one organisation
                Long id = created.computeIfAbsent(ImportValues.similar(name), n -> organisations.createNamedInImport(name,
                        "authorityId".equals(field) ? OrganisationKind.AUTHORITY : OrganisationKind.OPERATOR,
                        row.input().getCountry(), source).id());
                if ("authorityId".equals(field)) {
                    row.input().setAuthorityId(id);
                }
                else {
                    row.input().setOperatorId(id);
                }
            });
        }
        for (Prepared row : prepared) {
            Facility written = row.existing == null ? service.create(row.input)
                    : service.update(row.existing.id(), row.input);
            if (row.route != null) {
                Integer version = drainageRoutes.find(written.id()).map(StoredDrainageRoute::version).orElse(null);
                drainageRoutes.save(written.id(), written.latitude(), written.longitude(),
                        new DrainageRoutes.Change(row.route.kind(), row.route.points(), row.route.source(), null,
                                version));
            }
        }
        if (prepared.size() >= ANALYZE_FROM_ROWS) {
            jdbc.sql("ANALYZE facility, facility_rating, facility_transboundary").update();
        }
        String sha = Hashes.sha256Hex(data);
        String by = user.username();
        long id = jdbc.sql("""
                INSERT INTO facility_import (file_name, file_sha256, created, updated, imported_by)
                VALUES (:name, :sha, :created, :updated, :by) RETURNING id""")
            .param("name", fileName)
            .param("sha", sha)
            .param("created", result.created())
            .param("updated", result.updated())
            .param("by", by)
            .query(Long.class)
            .single();
        audit.record("facility_import", id, AuditAction.CREATE, null, Map.of("fileName", String.valueOf(fileName),
                "fileSha256", sha, "created", result.created(), "updated", result.updated()));
    }

    /** The file as a table; problems that make it unreadable are added to errors. */
    private Table read(byte[] data, Locale locale, List<RowMessage> errors) {
        if (data == null || data.length == 0) {
            errors.add(new RowMessage(0, "", text("import.empty", locale)));
            return Table.EMPTY;
        }
        if (data.length > maxBytes) {
            errors.add(new RowMessage(0, "", text("import.tooLarge", locale, maxBytes / 1024 / 1024)));
            return Table.EMPTY;
        }
        try {
            if (GeoPackageFile.looksLikeOne(data)) {
                GeoPackageFile.Layer layer = GeoPackageFile.read(data);
                return table(gisCells(layer.headers(), layer.rows(), layer.srsId() == 4326 || layer.srsId() == 0),
                        errors, locale);
            }
            if (data.length > 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
                String kind = zipKind(data);
                if ("kmz".equals(kind)) {
                    KmlFile.Layer layer = KmlFile.read(data, true);
                    return table(gisCells(layer.headers(), layer.rows(), true), errors, locale);
                }
                if ("shp".equals(kind)) {
                    ShapefileZip.Layer layer = ShapefileZip.read(data);
                    return table(gisCells(layer.headers(), layer.rows(), layer.geographic()), errors, locale);
                }
                return xlsx(data, locale, errors);
            }
            if (KmlFile.looksLikeKml(data)) {
                KmlFile.Layer layer = KmlFile.read(data, false);
                return table(gisCells(layer.headers(), layer.rows(), true), errors, locale);
            }
            if (looksLikeGeoJson(data)) {
                return table(geoJsonCells(data), errors, locale);
            }
            return csv(data, locale, errors);
        }
        catch (UnreadableGisFileException ex) {
            errors.add(new RowMessage(0, "", text(ex.messageKey(), locale)));
            return Table.EMPTY;
        }
        catch (IOException | RuntimeException ex) {
            errors.add(new RowMessage(0, "", text("import.unreadable", locale)));
            return Table.EMPTY;
        }
    }

    /**
     * The cells of a GIS layer: its attribute headers and the point's x and y as longitude and latitude (WGS84), or
     * as easting and northing (another system: its coordinate system is chosen as for a table's grid columns).
     */
    private static List<List<String>> gisCells(List<String> headers, List<List<String>> rows, boolean geographic) {
        List<String> all = new ArrayList<>(headers);
        boolean taken = headers.stream().anyMatch(h -> List.of("latitude", "longitude", "easting", "northing")
            .contains(h.strip().toLowerCase(Locale.ROOT)));
        all.add(taken ? "geometry x" : geographic ? "longitude" : "easting");
        all.add(taken ? "geometry y" : geographic ? "latitude" : "northing");
        List<List<String>> cells = new ArrayList<>();
        cells.add(all);
        cells.addAll(rows);
        return cells;
    }

    /** What a zip holds: "xlsx" (a workbook), "kmz" (KML documents), "shp" (a shapefile) or "" (none of these). */
    private static String zipKind(byte[] data) throws IOException {
        boolean kml = false;
        boolean shp = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(data))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName().toLowerCase(Locale.ROOT);
                if (name.equals("[content_types].xml")) {
                    return "xlsx";
                }
                kml |= name.endsWith(".kml");
                shp |= name.endsWith(".shp");
            }
        }
        return kml ? "kmz" : shp ? "shp" : "";
    }

    private static boolean looksLikeGeoJson(byte[] data) {
        String start = new String(data, 0, Math.min(data.length, 200), StandardCharsets.UTF_8).stripLeading();
        return start.startsWith("{") && start.replace(" ", "").contains("\"type\":\"Feature");
    }

    /**
     * The cells of a GeoJSON FeatureCollection (RFC 7946, WGS84): the properties' names in first-seen order, then
     * longitude and latitude of the features' points.
     *
     * @throws UnreadableGisFileException when it holds no point feature
     */
    private List<List<String>> geoJsonCells(byte[] data) throws UnreadableGisFileException {
        JsonNode root = json.readTree(data);
        List<JsonNode> features = new ArrayList<>();
        if ("Feature".equals(root.path("type").asString(""))) {
            features.add(root);
        }
        root.path("features").forEach(features::add);
        List<String> headers = new ArrayList<>();
        List<Map<String, String>> points = new ArrayList<>();
        for (JsonNode feature : features) {
            JsonNode geometry = feature.path("geometry");
            JsonNode coordinates = geometry.path("coordinates");
            String type = geometry.path("type").asString("");
            JsonNode point = "Point".equals(type) ? coordinates
                    : "MultiPoint".equals(type) && coordinates.size() > 0 ? coordinates.get(0) : null;
            if (point == null || point.size() < 2) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            feature.path("properties").properties().forEach(property -> {
                if (!headers.contains(property.getKey())) {
                    headers.add(property.getKey());
                }
                JsonNode value = property.getValue();
                row.put(property.getKey(), value.isNull() ? "" : value.isValueNode() ? value.asString() : value.toString());
            });
            row.put("\0x", point.get(0).asString());
            row.put("\0y", point.get(1).asString());
            points.add(row);
        }
        if (points.isEmpty()) {
            throw new UnreadableGisFileException(features.isEmpty() ? "import.gis.noLayer" : "import.gis.noPoints",
                    null);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map<String, String> point : points) {
            List<String> row = new ArrayList<>();
            headers.forEach(header -> row.add(point.getOrDefault(header, "")));
            row.add(point.get("\0x"));
            row.add(point.get("\0y"));
            rows.add(row);
        }
        return gisCells(headers, rows, true);
    }

    private Table csv(byte[] data, Locale locale, List<RowMessage> errors) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        }
        catch (CharacterCodingException ex) {
            errors.add(new RowMessage(0, "", text("import.notUtf8", locale)));
            return Table.EMPTY;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get()
            .parse(new StringReader(text)).getRecords();
        return table(records.stream().map(r -> r.toList()).toList(), errors, locale);
    }

    private Table xlsx(byte[] data, Locale locale, List<RowMessage> errors) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(data))) {
            if (workbook.getPackage().getPartsByName(Pattern.compile(".*vbaProject.*")).size() > 0) {
                errors.add(new RowMessage(0, "", text("import.macros", locale)));
                return Table.EMPTY;
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> cells = new ArrayList<>();
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.FORMULA) {
                        errors.add(new RowMessage(row.getRowNum() + 1, cell.getAddress().formatAsString(),
                                text("import.formula", locale)));
                        values.add("");
                    }
                    else if (cell != null && cell.getCellType() == CellType.STRING && cell.getCellStyle().getQuotePrefixed()) {
                        values.add(TableExport.safe(cell.getStringCellValue()));
                    }
                    else {
                        values.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                while (cells.size() < row.getRowNum()) {
                    cells.add(List.of());
                }
                cells.add(values);
            }
            return table(cells, errors, locale);
        }
    }

    private Table table(List<List<String>> cells, List<RowMessage> errors, Locale locale) {
        if (cells.isEmpty()) {
            return Table.EMPTY;
        }
        List<String> headers = cells.get(0).stream().map(String::strip).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i < cells.size(); i++) {
            List<String> values = cells.get(i);
            if (values.stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            if (values.size() > headers.size() && values.subList(headers.size(), values.size()).stream()
                .anyMatch(v -> !v.isBlank())) {
                errors.add(new RowMessage(i + 1, "", text("import.row.tooManyCells", locale)));
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                row.put(headers.get(c), c < values.size() ? values.get(c) : "");
            }
            rows.add(row);
            numbers.add(i + 1);
        }
        return new Table(headers, rows, numbers);
    }

    /**
     * Whether a coordinate is a plain decimal number with fewer than two decimals: it places the site only within
     * several kilometres.
     */
    private static boolean coarse(MutablePropertyValues values, String field) {
        Object value = values.get(field);
        return value instanceof String text && COARSE_DECIMAL.matcher(text.strip()).matches();
    }

    /** A decimal number with at most one decimal (point or comma). */
    private static final Pattern COARSE_DECIMAL = Pattern.compile("[-+]?\\d{1,3}([.,]\\d)?");

    /**
     * Whether a cell's text would run as a formula when the file is opened in a spreadsheet (it starts with = or @);
     * such text is refused rather than stored. Text that should start with these characters is written with a
     * leading apostrophe, as the exports write it.
     */
    private static boolean isFormula(String value) {
        return value != null && !value.isEmpty() && (value.charAt(0) == '=' || value.charAt(0) == '@');
    }

    /** The text without the apostrophe that exports put before text a spreadsheet would read as a formula. */
    private static String unescape(String value) {
        return value != null && value.length() > 1 && value.charAt(0) == '\''
                && TableExport.safe(value.substring(1)).equals(value) ? value.substring(1) : value;
    }

    /** Header text (normalised) → field; computed export columns map to "" (read-only, ignored). */
    private Map<String, String> fieldsByHeader() {
        Map<String, String> fields = new HashMap<>();
        for (String field : Stream.of(FacilityExports.FIELDS, ROUTE_FIELDS, GRID_FIELDS).flatMap(List::stream).toList()) {
            fields.put(normalise(field), field);
            for (Locale language : LANGUAGES) {
                fields.put(normalise(messages.getMessage("facility.field." + field, null, language)), field);
            }
        }
        LAYOUTS.forEach((header, field) -> fields.putIfAbsent(normalise(header), field));
        for (String column : FacilityExports.COMPUTED) {
            fields.put(normalise(column), "");
            for (Locale language : LANGUAGES) {
                fields.put(normalise(messages.getMessage("rating.export." + column, null, language)), "");
            }
        }
        return fields;
    }

    private static String normalise(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

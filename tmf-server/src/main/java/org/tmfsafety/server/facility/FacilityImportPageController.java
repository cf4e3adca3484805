package org.tmfsafety.server.facility;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.tmfsafety.geo.crs.CoordinateSystem;
import org.tmfsafety.geo.crs.CoordinateSystemException;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.InvalidInputException;

/**
 * The import page: download a template, upload and check a file (nothing is written; every problem is listed by
 * row and column), assign the file's columns to fields where its headers are not recognised and check again, then
 * import the checked file with the checked columns. The uploaded file stays in the session until it is imported or
 * another is uploaded.
 */
@Controller
class FacilityImportPageController {

    private static final String UPLOADED = "facilityImport.uploaded";

    /** Request parameter prefix of the column assignments: {@code column0}, {@code column1}, … in file order. */
    private static final String COLUMN = "column";

    /** The fields a column can be assigned to: the registry's, and the grid coordinates. */
    private static final List<String> ASSIGNABLE = Stream.concat(FacilityExports.FIELDS.stream(),
            FacilityImport.GRID_FIELDS.stream()).toList();

    /** The kinds of coordinate system offered on the page, as the first part of their ids. */
    static final List<String> CRS_KINDS = List.of("WGS84", "UTM", "UTM-ROW", "GK", "GK-PREFIX", "EPSG");

    /** Request parameter prefix of the value assignments: {@code value0_0}, … by value column and value. */
    private static final String VALUE = "value";

    /** Request parameter prefix of the values for all rows: {@code default_country}, … */
    private static final String DEFAULT = "default_";

    private final FacilityImport imports;

    private final FacilityPermissions permissions;

    private final ImportValues importValues;

    private final ImportProfileService profiles;

    private final MessageSource messages;

    FacilityImportPageController(FacilityImport imports, FacilityPermissions permissions, ImportValues importValues,
            ImportProfileService profiles, MessageSource messages) {
        this.imports = imports;
        this.permissions = permissions;
        this.importValues = importValues;
        this.profiles = profiles;
        this.messages = messages;
    }

    /**
     * An uploaded file with the column assignments and the columns as read at its last check; {@code result} is set
     * when that check passed.
     */
    record Uploaded(String token, String fileName, byte[] data, ImportMapping mapping,
            List<FacilityImport.Column> columns, List<FacilityImport.ValueColumn> values, FacilityImport.Result result,
            ImportProfile profile) implements Serializable {
    }

    @GetMapping("/imports/facilities")
    String page(Model model) {
        permissions.requireCreate();
        common(model);
        return "imports/facilities";
    }

    private void common(Model model) {
        model.addAttribute("fields", ASSIGNABLE);
        model.addAttribute("profiles", profiles.list());
        model.addAttribute("mayManageProfiles", profiles.mayManage());
    }

    /**
     * Checks a newly uploaded file, or (with the token of the file in the session and no new file) the same file
     * again with the columns assigned on the page.
     */
    @PostMapping("/imports/facilities/check")
    String check(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String token,
            @RequestParam(required = false) Long profile, @RequestParam Map<String, String> parameters, Model model,
            Locale locale, HttpSession session) throws IOException {
        permissions.requireCreate();
        common(model);
        Uploaded previous = session.getAttribute(UPLOADED) instanceof Uploaded u ? u : null;
        String name;
        byte[] data;
        ImportMapping mapping = ImportMapping.NONE;
        ImportProfile from = null;
        if ((file == null || file.isEmpty()) && token != null) {
            if (previous == null || !token.equals(previous.token())) {
                model.addAttribute("expired", true);
                return "imports/facilities";
            }
            name = previous.fileName();
            data = previous.data();
            mapping = assigned(previous, parameters);
            from = previous.profile();
        }
        else {
            name = file == null ? null : file.getOriginalFilename();
            data = file == null ? null : file.getBytes();
            if (profile != null) {
                from = profiles.find(profile);
                mapping = from.mapping();
            }
        }
        return render(name, data, mapping, from, model, locale, session);
    }

    /**
     * Saves the assignment of the last check as an import profile: the profile the check started from, changed
     * (renamed when the name differs), or else a new one.
     */
    @PostMapping("/imports/facilities/profile")
    String saveProfile(@RequestParam String token, @RequestParam(required = false) String profileName, Model model,
            Locale locale, HttpSession session) {
        permissions.requireCreate();
        common(model);
        Object stored = session.getAttribute(UPLOADED);
        if (!(stored instanceof Uploaded uploaded) || !uploaded.token().equals(token)) {
            model.addAttribute("expired", true);
            return "imports/facilities";
        }
        ImportProfile saved = null;
        try {
            saved = uploaded.profile() == null ? profiles.create(profileName, uploaded.mapping())
                    : profiles.update(uploaded.profile().id(), uploaded.profile().version(), profileName,
                            uploaded.mapping());
            model.addAttribute("profileSaved", saved.name());
        }
        catch (InvalidInputException ex) {
            model.addAttribute("profileErrors", ex.lines(messages, locale, "import.profile.field."));
        }
        catch (EditConflictException ex) {
            model.addAttribute("profileErrors", List.of(messages.getMessage(ex.messageKey(), new Object[] {
                String.valueOf(ex.submittedVersion()), String.valueOf(ex.currentVersion()) }, locale)));
        }
        model.addAttribute("profiles", profiles.list());
        return render(uploaded.fileName(), uploaded.data(), uploaded.mapping(), saved == null ? uploaded.profile() : saved,
                model, locale, session);
    }

    /** The saved import profiles, for authorities and administrators to delete. */
    @GetMapping("/imports/profiles")
    String profilesPage(Model model) {
        model.addAttribute("profiles", profiles.list());
        model.addAttribute("mayManageProfiles", profiles.mayManage());
        return "imports/profiles";
    }

    @PostMapping("/imports/profiles/{id}/delete")
    String deleteProfile(@PathVariable long id, @RequestParam(required = false) Integer version, Model model,
            Locale locale) {
        try {
            model.addAttribute("deleted", profiles.delete(id, version).name());
        }
        catch (EditConflictException ex) {
            model.addAttribute("profileErrors", List.of(messages.getMessage(ex.messageKey(), new Object[] {
                String.valueOf(ex.submittedVersion()), String.valueOf(ex.currentVersion()) }, locale)));
        }
        return profilesPage(model);
    }

    /** Checks the file (nothing is written) and shows the result with every step of the assignment. */
    private String render(String name, byte[] data, ImportMapping mapping, ImportProfile profile, Model model,
            Locale locale, HttpSession session) {
        session.removeAttribute(UPLOADED);
        String newToken = UUID.randomUUID().toString();
        List<FacilityImport.Column> columns;
        List<FacilityImport.ValueColumn> values;
        FacilityImport.Result result = null;
        try {
            result = imports.run(name, data, mapping, true, locale);
            columns = result.columns();
            values = result.values();
            model.addAttribute("checked", result);
        }
        catch (FacilityImport.RejectedException ex) {
            columns = ex.columns();
            values = ex.values();
            model.addAttribute("errors", ex.errors());
        }
        if (data != null && data.length > 0) {
            session.setAttribute(UPLOADED, new Uploaded(newToken, name, data, mapping, columns, values, result,
                    profile));
            model.addAttribute("token", newToken);
        }
        model.addAttribute("fileName", name);
        model.addAttribute("columns", columns);
        model.addAttribute("values", values);
        model.addAttribute("options", options(values, locale));
        model.addAttribute("defaultFields", defaultFields(columns));
        model.addAttribute("defaults", mapping.defaults());
        model.addAttribute("crs", crsForm(mapping.crs()));
        model.addAttribute("crsKinds", CRS_KINDS);
        model.addAttribute("profile", profile);
        return "imports/facilities";
    }

    /** The registry values each enumerated field may take, in the user's language, for the value step and defaults. */
    private Map<String, List<ImportValues.Option>> options(List<FacilityImport.ValueColumn> values, Locale locale) {
        Map<String, List<ImportValues.Option>> options = new LinkedHashMap<>();
        values.forEach(column -> options.put(column.field(), importValues.options(column.field(), locale)));
        DEFAULTABLE.forEach(field -> options.put(field, importValues.options(field, locale)));
        return options;
    }

    /** Required fields that may get one value for all rows when the file has no column for them. */
    private static final List<String> DEFAULTABLE = List.of("country", "status");

    private static List<String> defaultFields(List<FacilityImport.Column> columns) {
        return DEFAULTABLE.stream()
            .filter(field -> columns.stream().noneMatch(column -> field.equals(column.field())))
            .toList();
    }

    @PostMapping("/imports/facilities/commit")
    String commit(@RequestParam String token, Model model, Locale locale, HttpSession session) {
        permissions.requireCreate();
        common(model);
        Object stored = session.getAttribute(UPLOADED);
        if (!(stored instanceof Uploaded uploaded) || !uploaded.token().equals(token) || uploaded.result() == null) {
            model.addAttribute("expired", true);
            return "imports/facilities";
        }
        session.removeAttribute(UPLOADED);
        try {
            model.addAttribute("imported", imports.run(uploaded.fileName(), uploaded.data(), uploaded.mapping(), false,
                    locale));
        }
        catch (FacilityImport.RejectedException ex) {
            model.addAttribute("fileName", uploaded.fileName());
            model.addAttribute("errors", ex.errors());
        }
        return "imports/facilities";
    }

    /**
     * The file as assigned on the page: columns ({@code columnN} = a field name, or empty for "do not import", by the
     * file's headers in the order of the last check; columns not on the form keep their recognised meaning), values
     * ({@code valueC_I} = the registry value of the I-th value of the C-th enumerated column of the last check, empty
     * for "not known") and one value for all rows ({@code default_field}).
     */
    private static ImportMapping assigned(Uploaded previous, Map<String, String> parameters) {
        Map<String, String> columns = new LinkedHashMap<>(previous.mapping().columns());
        for (int i = 0; i < previous.columns().size(); i++) {
            String field = parameters.get(COLUMN + i);
            if (field != null) {
                columns.put(previous.columns().get(i).header(), field);
            }
        }
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        previous.mapping().values().forEach((field, assigned) -> values.put(field, new LinkedHashMap<>(assigned)));
        for (int c = 0; c < previous.values().size(); c++) {
            FacilityImport.ValueColumn column = previous.values().get(c);
            for (int i = 0; i < column.values().size(); i++) {
                String value = parameters.get(VALUE + c + "_" + i);
                if (value != null) {
                    values.computeIfAbsent(column.field(), f -> new LinkedHashMap<>())
                        .put(column.values().get(i).value(), value);
                }
            }
        }
        Map<String, String> defaults = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (name.startsWith(DEFAULT) && value != null && !value.isBlank()) {
                defaults.put(name.substring(DEFAULT.length()), value);
            }
        });
        return new ImportMapping(columns, values, defaults, crs(parameters));
    }

    /** The coordinate system chosen on the page, as an id (an incomplete choice gives an id the check refuses). */
    private static String crs(Map<String, String> parameters) {
        String kind = parameters.getOrDefault("crsKind", ImportMapping.WGS84);
        String zone = parameters.getOrDefault("crsZone", "").strip();
        String hemisphere = "S".equals(parameters.get("crsHemisphere")) ? "S" : "N";
        return switch (kind) {
            case "UTM" -> "UTM:" + zone + hemisphere;
            case "UTM-ROW" -> "UTM-ROW:" + hemisphere;
            case "GK" -> "GK:" + zone;
            case "GK-PREFIX" -> "GK-PREFIX";
            case "EPSG" -> "EPSG:" + parameters.getOrDefault("crsEpsg", "").strip();
            default -> ImportMapping.WGS84;
        };
    }

    /** The page's coordinate system fields for an id: kind, zone, hemisphere and EPSG code. */
    record CrsForm(String kind, String zone, String hemisphere, String epsg) implements Serializable {
    }

    private static CrsForm crsForm(String id) {
        try {
            CoordinateSystem system = CoordinateSystem.parse(id);
            String kind = switch (system.kind()) {
                case UTM -> "UTM";
                case UTM_ZONE_PER_ROW -> "UTM-ROW";
                case GAUSS_KRUGER -> "GK";
                case GAUSS_KRUGER_ZONE_FROM_PREFIX -> "GK-PREFIX";
                case EPSG -> "EPSG";
                case WGS84 -> "WGS84";
            };
            return new CrsForm(kind, system.zone().isPresent() ? String.valueOf(system.zone().getAsInt()) : "",
                    system.hemisphere().map(h -> h == CoordinateSystem.Hemisphere.SOUTH ? "S" : "N").orElse("N"),
                    system.epsgCode().isPresent() ? String.valueOf(system.epsgCode().getAsInt()) : "");
        }
        catch (CoordinateSystemException ex) {
            String kind = CRS_KINDS.stream().filter(k -> id.startsWith(k + ":")).reduce((a, b) -> b).orElse("WGS84");
            return new CrsForm(kind, "", "N", "");
        }
    }
}

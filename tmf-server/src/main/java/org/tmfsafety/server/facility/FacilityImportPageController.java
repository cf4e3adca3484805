package org.tmfsafety.server.facility;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

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

    private final FacilityImport imports;

    private final FacilityPermissions permissions;

    FacilityImportPageController(FacilityImport imports, FacilityPermissions permissions) {
        this.imports = imports;
        this.permissions = permissions;
    }

    /**
     * An uploaded file with the column assignments and the columns as read at its last check; {@code result} is set
     * when that check passed.
     */
    record Uploaded(String token, String fileName, byte[] data, Map<String, String> mapping,
            List<FacilityImport.Column> columns, FacilityImport.Result result) implements Serializable {
    }

    @GetMapping("/imports/facilities")
    String page(Model model) {
        permissions.requireCreate();
        model.addAttribute("fields", FacilityExports.FIELDS);
        return "imports/facilities";
    }

    /**
     * Checks a newly uploaded file, or (with the token of the file in the session and no new file) the same file
     * again with the columns assigned on the page.
     */
    @PostMapping("/imports/facilities/check")
    String check(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String token,
            @RequestParam Map<String, String> parameters, Model model, Locale locale, HttpSession session)
            throws IOException {
        permissions.requireCreate();
        model.addAttribute("fields", FacilityExports.FIELDS);
        Uploaded previous = session.getAttribute(UPLOADED) instanceof Uploaded u ? u : null;
        String name;
        byte[] data;
        Map<String, String> mapping = Map.of();
        if ((file == null || file.isEmpty()) && token != null) {
            if (previous == null || !token.equals(previous.token())) {
                model.addAttribute("expired", true);
                return "imports/facilities";
            }
            name = previous.fileName();
            data = previous.data();
            mapping = assigned(previous, parameters);
        }
        else {
            name = file == null ? null : file.getOriginalFilename();
            data = file == null ? null : file.getBytes();
        }
        session.removeAttribute(UPLOADED);
        String newToken = UUID.randomUUID().toString();
        List<FacilityImport.Column> columns;
        FacilityImport.Result result = null;
        try {
            result = imports.run(name, data, mapping, true, locale);
            columns = result.columns();
            model.addAttribute("checked", result);
        }
        catch (FacilityImport.RejectedException ex) {
            columns = ex.columns();
            model.addAttribute("errors", ex.errors());
        }
        if (data != null && data.length > 0) {
            session.setAttribute(UPLOADED, new Uploaded(newToken, name, data, mapping, columns, result));
            model.addAttribute("token", newToken);
        }
        model.addAttribute("fileName", name);
        model.addAttribute("columns", columns);
        return "imports/facilities";
    }

    @PostMapping("/imports/facilities/commit")
    String commit(@RequestParam String token, Model model, Locale locale, HttpSession session) {
        permissions.requireCreate();
        model.addAttribute("fields", FacilityExports.FIELDS);
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
     * The columns as assigned on the page ({@code columnN} = a field name, or empty for "do not import"), by the
     * file's headers in the order of the last check; columns not on the form keep their recognised meaning.
     */
    private static Map<String, String> assigned(Uploaded previous, Map<String, String> parameters) {
        Map<String, String> mapping = new LinkedHashMap<>(previous.mapping());
        for (int i = 0; i < previous.columns().size(); i++) {
            String field = parameters.get(COLUMN + i);
            if (field != null) {
                mapping.put(previous.columns().get(i).header(), field);
            }
        }
        return mapping;
    }
}

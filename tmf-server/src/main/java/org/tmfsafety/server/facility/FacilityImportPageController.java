package org.tmfsafety.server.facility;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: download a template, check a file (nothing is written; every problem is listed by row and
 * column), then import the checked file as it was checked (kept in the session until then).
 */
@Controller
class FacilityImportPageController {

    private static final String CHECKED = "facilityImport.checked";

    private final FacilityImport imports;

    private final FacilityPermissions permissions;

    FacilityImportPageController(FacilityImport imports, FacilityPermissions permissions) {
        this.imports = imports;
        this.permissions = permissions;
    }

    /** A file that passed the check, waiting to be imported. */
    record Checked(String token, String fileName, byte[] data, FacilityImport.Result result) {
    }

    @GetMapping("/imports/facilities")
    String page() {
        permissions.requireCreate();
        return "imports/facilities";
    }

    @PostMapping("/imports/facilities/check")
    String check(@RequestParam(required = false) MultipartFile file, Model model, Locale locale, HttpSession session)
            throws IOException {
        permissions.requireCreate();
        session.removeAttribute(CHECKED);
        String name = file == null ? null : file.getOriginalFilename();
        byte[] data = file == null ? null : file.getBytes();
        try {
            FacilityImport.Result result = imports.run(name, data, true, locale);
            Checked checked = new Checked(UUID.randomUUID().toString(), name, data, result);
            session.setAttribute(CHECKED, checked);
            model.addAttribute("checked", checked);
        }
        catch (FacilityImport.RejectedException ex) {
            model.addAttribute("fileName", name);
            model.addAttribute("errors", ex.errors());
        }
        return "imports/facilities";
    }

    @PostMapping("/imports/facilities/commit")
    String commit(@RequestParam String token, Model model, Locale locale, HttpSession session) {
        permissions.requireCreate();
        Object stored = session.getAttribute(CHECKED);
        if (!(stored instanceof Checked checked) || !checked.token().equals(token)) {
            model.addAttribute("expired", true);
            return "imports/facilities";
        }
        session.removeAttribute(CHECKED);
        try {
            model.addAttribute("imported", imports.run(checked.fileName(), checked.data(), false, locale));
        }
        catch (FacilityImport.RejectedException ex) {
            model.addAttribute("fileName", checked.fileName());
            model.addAttribute("errors", ex.errors());
        }
        return "imports/facilities";
    }
}

package org.tmfsafety.server.incident;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.methodology.accident.FailureCause;
import org.tmfsafety.server.facility.Facility;
import org.tmfsafety.server.facility.FacilityRepository;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.Formats;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.LenientNumberEditor;
import org.tmfsafety.server.system.NotFoundException;
import org.tmfsafety.server.system.StateConflictException;

/**
 * The incident pages: the list, the report form on a facility, an incident with what follows from the data, its
 * issued reports and their receipts, the form that issues the next report, and a report as PDF. The rules are those
 * of {@link IncidentPermissions}, applied by {@link IncidentService}.
 */
@Controller
class IncidentController {

    private final IncidentService service;

    private final IncidentAccidents accidents;

    private final FacilityRepository facilities;

    private final IncidentPermissions permissions;

    private final NotificationText texts;

    private final IncidentPdf pdf;

    private final MessageSource messages;

    private final ZoneId zone;

    IncidentController(IncidentService service, FacilityRepository facilities, IncidentPermissions permissions,
            NotificationText texts, IncidentPdf pdf, MessageSource messages, Formats formats, IncidentAccidents accidents) {
        this.service = service;
        this.accidents = accidents;
        this.facilities = facilities;
        this.permissions = permissions;
        this.texts = texts;
        this.pdf = pdf;
        this.messages = messages;
        this.zone = formats.zone();
    }

    /** The form as typed, so that a refused form shows everything again. */
    record Form(String kind, boolean exercise, String occurredAt, String status, String releaseM3, String substances,
            String description, String measures, String contact, Integer version) {

        static Form of(Incident incident, ZoneId zone) {
            return new Form(incident.kind().name(), incident.exercise(),
                    incident.occurredAt().atZoneSameInstant(zone).toLocalDateTime().withSecond(0).withNano(0).toString(),
                    incident.status().name(), incident.releaseM3() == null ? "" : plain(incident.releaseM3()),
                    incident.substances(), incident.description(), incident.measures(), incident.contact(),
                    incident.version());
        }

        private static String plain(double value) {
            return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
        }
    }

    @GetMapping("/incidents")
    String list(Model model) {
        List<Incident> incidents = service.list(null);
        model.addAttribute("incidents", incidents);
        return "incidents/list";
    }

    @GetMapping("/facilities/{facilityId}/incidents/new")
    String newForm(@PathVariable long facilityId, Model model) {
        Facility facility = reportable(facilityId);
        model.addAttribute("facility", facility);
        model.addAttribute("form", new Form(null, false, LocalDateTime.now(zone).withSecond(0).withNano(0).toString(),
                IncidentStatus.ONGOING.name(), "", "", "", "", "", null));
        return form(model);
    }

    @PostMapping("/facilities/{facilityId}/incidents/new")
    String create(@PathVariable long facilityId, Form form, Model model, Locale locale, RedirectAttributes redirect) {
        Facility facility = reportable(facilityId);
        try {
            long id = service.report(facilityId, input(form));
            redirect.addFlashAttribute("flash", FlashMessage.success("incident.flash.reported"));
            return "redirect:/incidents/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("facility", facility);
            model.addAttribute("form", form);
            model.addAttribute("errors", ex.lines(messages, locale, "incident.field."));
            return form(model);
        }
    }

    @GetMapping("/incidents/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        IncidentService.View view = service.view(id);
        model.addAttribute("facility", view.facility());
        model.addAttribute("incident", view.incident());
        model.addAttribute("form", Form.of(view.incident(), zone));
        return form(model);
    }

    @PostMapping("/incidents/{id}/edit")
    String update(@PathVariable long id, Form form, Model model, Locale locale, RedirectAttributes redirect) {
        IncidentService.View view = service.view(id);
        try {
            service.update(id, input(form));
            redirect.addFlashAttribute("flash", FlashMessage.success("incident.flash.updated"));
            return "redirect:/incidents/" + id;
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", ex.lines(messages, locale, "incident.field."));
        }
        catch (EditConflictException ex) {
            model.addAttribute("errors", List.of(messages.getMessage(ex.messageKey(),
                    new Object[] { String.valueOf(ex.submittedVersion()), String.valueOf(ex.currentVersion()) }, locale)));
        }
        model.addAttribute("facility", view.facility());
        model.addAttribute("incident", view.incident());
        model.addAttribute("form", form);
        return form(model);
    }

    private String form(Model model) {
        model.addAttribute("kinds", IncidentKind.values());
        model.addAttribute("statuses", IncidentStatus.values());
        model.addAttribute("zone", zone.getId());
        return "incidents/form";
    }

    @GetMapping("/incidents/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) ReportType type, Model model, Locale locale) {
        IncidentService.View view = service.view(id);
        model.addAttribute("view", view);
        model.addAttribute("reportTexts", view.reports().stream()
            .collect(Collectors.toMap(IssuedReport::id, r -> texts.of(r.report(), locale))));
        if (permissions.canNotify()) {
            IncidentService.Draft draft = service.draft(id, type, null, locale);
            model.addAttribute("draft", draft);
            model.addAttribute("texts", draft.texts());
            model.addAttribute("proposedIds", draft.proposed().stream().map(PointOfContact::id)
                .collect(Collectors.toSet()));
        }
        else {
            model.addAttribute("texts", service.preview(id, locale));
        }
        model.addAttribute("types", ReportType.values());
        model.addAttribute("causes", FailureCause.values());
        model.addAttribute("accidentRecordable", permissions.canNotify() && IncidentAccidents.recordable(view.incident()));
        return "incidents/incident";
    }

    @PostMapping("/incidents/{id}/reports")
    String issue(@PathVariable long id, @RequestParam(required = false) ReportType type,
            @RequestParam(required = false) String assistance,
            @RequestParam(name = "pointOfContactIds", required = false) Set<Long> pointOfContactIds,
            @RequestParam(required = false) Integer incidentVersion, Locale locale, RedirectAttributes redirect) {
        try {
            IssuedReport issued = service.issue(id, new IncidentService.Issue(type, assistance,
                    pointOfContactIds == null ? List.of() : List.copyOf(pointOfContactIds), incidentVersion));
            redirect.addFlashAttribute("flash", FlashMessage.success("incident.flash.issued", issued.report().number(),
                    issued.recipients().size()));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute("issueErrors", ex.lines(messages, locale, "incident.field."));
        }
        catch (EditConflictException ex) {
            redirect.addFlashAttribute("flash", FlashMessage.warning(ex.messageKey(),
                    String.valueOf(ex.submittedVersion()), String.valueOf(ex.currentVersion())));
        }
        return "redirect:/incidents/" + id + (type == null ? "" : "?type=" + type) + "#issue";
    }

    /** The accident form as typed (kept in the session across the redirect, so serializable). */
    record AccidentForm(String cause, String deaths, String runoutKm, String releasedM3, String narrative,
            String lessons, Integer incidentVersion) implements Serializable {
    }

    @PostMapping("/incidents/{id}/accident")
    String recordAccident(@PathVariable long id, AccidentForm form, Locale locale, RedirectAttributes redirect) {
        BeanPropertyBindingResult unreadable = new BeanPropertyBindingResult(form, "accident");
        AccidentInput input = new AccidentInput(parse(FailureCause.class, form.cause()),
                whole(form.deaths(), "deaths", unreadable), decimal(form.runoutKm(), "runoutKm", unreadable),
                decimal(form.releasedM3(), "releasedM3", unreadable), form.narrative(), form.lessons(),
                form.incidentVersion());
        try {
            long accident = accidents.record(id, input, locale, unreadable.getFieldErrors());
            redirect.addFlashAttribute("flash", FlashMessage.success("incident.accident.recorded"));
            return "redirect:/accidents/" + accident;
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute("accidentErrors", ex.lines(messages, locale, "incident.accident.field."));
            redirect.addFlashAttribute("accidentForm", form);
        }
        catch (StateConflictException ex) {
            redirect.addFlashAttribute("flash", FlashMessage.warning(ex.messageKey(), ex.messageArgs()));
        }
        catch (EditConflictException ex) {
            redirect.addFlashAttribute("flash", FlashMessage.warning(ex.messageKey(),
                    String.valueOf(ex.submittedVersion()), String.valueOf(ex.currentVersion())));
        }
        return "redirect:/incidents/" + id + "#accident";
    }

    /** A whole number as typed, or null (with an error naming the field) when it is not one. */
    private static Integer whole(String text, String field, BeanPropertyBindingResult errors) {
        try {
            return LenientNumberEditor.whole(text);
        }
        catch (IllegalArgumentException ex) {
            errors.rejectValue(field, "validation.number", new Object[] { text }, null);
            return null;
        }
    }

    /** A decimal number as typed (digit groups, a decimal comma), or null with an error naming the field. */
    private static Double decimal(String text, String field, BeanPropertyBindingResult errors) {
        try {
            return LenientNumberEditor.decimal(text);
        }
        catch (IllegalArgumentException ex) {
            errors.rejectValue(field, "validation.number", new Object[] { text }, null);
            return null;
        }
    }

    @PostMapping("/incidents/{id}/recipients/{recipientId}/acknowledgement")
    String acknowledge(@PathVariable long id, @PathVariable long recipientId,
            @RequestParam(required = false) String acknowledgedBy, @RequestParam(required = false) String note,
            Locale locale, RedirectAttributes redirect) {
        try {
            service.recordAcknowledgement(id, recipientId, acknowledgedBy, note);
            redirect.addFlashAttribute("flash", FlashMessage.success("incident.flash.acknowledged"));
        }
        catch (InvalidInputException ex) {
            redirect.addFlashAttribute("issueErrors", ex.lines(messages, locale, "incident.receipt.field."));
        }
        catch (StateConflictException ex) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("incident.receipt.already"));
        }
        return "redirect:/incidents/" + id + "#reports";
    }

    @GetMapping("/incidents/{id}/reports/{reportId}.pdf")
    void reportPdf(@PathVariable long id, @PathVariable long reportId, Locale locale, HttpServletResponse response)
            throws IOException {
        IncidentService.View view = service.view(id);
        IssuedReport report = view.reports().stream().filter(r -> r.id() == reportId).findFirst()
            .orElseThrow(() -> new NotFoundException("problem.notFound.report", String.valueOf(reportId)));
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"incident-" + id + "-report-"
                + report.report().number() + ".pdf\"");
        pdf.render(view.incident(), report, locale, response.getOutputStream());
    }

    private Facility reportable(long facilityId) {
        Facility facility = facilities.findById(facilityId)
            .orElseThrow(() -> new NotFoundException("problem.notFound.facility", String.valueOf(facilityId)));
        if (!permissions.canRead(facility)) {
            throw new NotFoundException("problem.notFound.facility", String.valueOf(facilityId));
        }
        permissions.requireReport(facility);
        return facility;
    }

    /** The input the form gives; a release that is not a number is refused naming the field. */
    private IncidentInput input(Form form) {
        BeanPropertyBindingResult unreadable = new BeanPropertyBindingResult(form, "incident");
        Double release = decimal(form.releaseM3(), "releaseM3", unreadable);
        IncidentInput input = new IncidentInput(parse(IncidentKind.class, form.kind()), form.exercise(),
                dateTime(form.occurredAt()), parse(IncidentStatus.class, form.status()), release, form.substances(),
                form.description(), form.measures(), form.contact(), form.version());
        if (unreadable.hasErrors()) {
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(input, "incident");
            errors.rejectValue("releaseM3", "validation.number", new Object[] { form.releaseM3() }, null);
            throw new InvalidInputException(errors);
        }
        return input;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        }
        catch (IllegalArgumentException ex) {
            return null;
        }
    }

    private OffsetDateTime dateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip()).atZone(zone).toOffsetDateTime();
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }
}

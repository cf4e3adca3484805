package org.tmfsafety.server.incident;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;

/** The points of contact pages; the rules are those of {@link IncidentPermissions}, applied by {@link PointsOfContact}. */
@Controller
class PointOfContactController {

    private final PointsOfContact contacts;

    private final IncidentPermissions permissions;

    private final MessageSource messages;

    PointOfContactController(PointsOfContact contacts, IncidentPermissions permissions, MessageSource messages) {
        this.contacts = contacts;
        this.permissions = permissions;
        this.messages = messages;
    }

    /** The form as typed. */
    record Form(String kind, String name, String countries, String email, String phone, String comment,
            Integer version) {

        static Form of(PointOfContact contact) {
            return new Form(contact.kind().name(), contact.name(), String.join(", ", contact.countries()),
                    contact.email(), contact.phone(), contact.comment(), contact.version());
        }

        PointOfContactInput input() {
            PointOfContact.Kind parsed = Arrays.stream(PointOfContact.Kind.values())
                .filter(k -> k.name().equals(kind)).findFirst().orElse(null);
            List<String> list = countries == null ? List.of() : Arrays.asList(countries.split("[,;]"));
            return new PointOfContactInput(parsed, name, list, email, phone, comment, version);
        }
    }

    @GetMapping("/points-of-contact")
    String list(Model model) {
        model.addAttribute("contacts", contacts.all());
        return "incidents/contacts";
    }

    @GetMapping("/points-of-contact/new")
    String newForm(Model model) {
        permissions.requireManageContacts();
        model.addAttribute("form", new Form(PointOfContact.Kind.COUNTRY.name(), "", "", "", "", "", null));
        return form(model);
    }

    @PostMapping("/points-of-contact/new")
    String create(Form form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            contacts.create(form.input());
            redirect.addFlashAttribute("flash", FlashMessage.success("contact.flash.saved"));
            return "redirect:/points-of-contact";
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", ex.lines(messages, locale, "contact.field."));
            model.addAttribute("form", form);
            return form(model);
        }
    }

    @GetMapping("/points-of-contact/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        permissions.requireManageContacts();
        model.addAttribute("contactId", id);
        model.addAttribute("form", Form.of(contacts.get(id)));
        return form(model);
    }

    @PostMapping("/points-of-contact/{id}/edit")
    String update(@PathVariable long id, Form form, Model model, Locale locale, RedirectAttributes redirect) {
        try {
            contacts.update(id, form.input());
            redirect.addFlashAttribute("flash", FlashMessage.success("contact.flash.saved"));
            return "redirect:/points-of-contact";
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", ex.lines(messages, locale, "contact.field."));
        }
        catch (EditConflictException ex) {
            model.addAttribute("errors", List.of(messages.getMessage(ex.messageKey(),
                    new Object[] { String.valueOf(ex.submittedVersion()), String.valueOf(ex.currentVersion()) }, locale)));
        }
        model.addAttribute("contactId", id);
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping("/points-of-contact/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            contacts.delete(id, version);
            redirect.addFlashAttribute("flash", FlashMessage.success("contact.flash.deleted"));
        }
        catch (EditConflictException ex) {
            redirect.addFlashAttribute("flash", FlashMessage.warning(ex.messageKey(),
                    String.valueOf(ex.submittedVersion()), String.valueOf(ex.currentVersion())));
        }
        return "redirect:/points-of-contact";
    }

    private static String form(Model model) {
        model.addAttribute("kinds", PointOfContact.Kind.values());
        return "incidents/contactForm";
    }
}

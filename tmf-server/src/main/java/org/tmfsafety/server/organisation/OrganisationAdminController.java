package org.tmfsafety.server.organisation;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;

/** Administration of organisations (administrators only, enforced by the security configuration). */
@Controller
class OrganisationAdminController {

    private static final String VIEW_FORM = "admin/organisationForm";

    private final OrganisationRepository organisations;

    private final OrganisationService service;

    private final Countries countries;

    OrganisationAdminController(OrganisationRepository organisations, OrganisationService service, Countries countries) {
        this.organisations = organisations;
        this.service = service;
        this.countries = countries;
    }

    @GetMapping("/admin/organisations")
    String list(Model model) {
        model.addAttribute("organisations", organisations.findAll());
        return "admin/organisations";
    }

    @GetMapping("/admin/organisations/new")
    String initCreationForm(Model model, Locale locale) {
        OrganisationInput input = new OrganisationInput();
        input.setKind(OrganisationKind.OPERATOR);
        input.setCountry("KAZ");
        model.addAttribute("organisation", input);
        return form(model, locale, null);
    }

    @PostMapping("/admin/organisations/new")
    String processCreationForm(@ModelAttribute("organisation") OrganisationInput input, BindingResult binding,
            Model model, Locale locale, RedirectAttributes redirect) {
        service.validate(input, null, binding);
        if (binding.hasErrors()) {
            return form(model, locale, null);
        }
        try {
            Organisation created = service.create(input);
            redirect.addFlashAttribute("flash", FlashMessage.success("organisation.flash.saved", created.name().en()));
            return "redirect:/admin/organisations";
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
            return form(model, locale, null);
        }
    }

    @GetMapping("/admin/organisations/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model, Locale locale) {
        Organisation organisation = service.find(id);
        model.addAttribute("organisation", OrganisationInput.of(organisation));
        return form(model, locale, organisation);
    }

    @PostMapping("/admin/organisations/{id}/edit")
    String processUpdateForm(@PathVariable long id, @ModelAttribute("organisation") OrganisationInput input,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        Organisation current = service.find(id);
        service.validate(input, current, binding);
        if (binding.hasErrors()) {
            return form(model, locale, current);
        }
        try {
            Organisation saved = service.update(id, input);
            redirect.addFlashAttribute("flash", FlashMessage.success("organisation.flash.saved", saved.name().en()));
            return "redirect:/admin/organisations";
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
        }
        catch (EditConflictException e) {
            binding.reject("organisation.conflict");
        }
        return form(model, locale, current);
    }

    private String form(Model model, Locale locale, Organisation existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("countries", countries.selectable(locale));
        return VIEW_FORM;
    }

}

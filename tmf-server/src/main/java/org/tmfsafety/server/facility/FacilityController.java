package org.tmfsafety.server.facility;

import java.util.Arrays;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.DamRaiseMethod;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.methodology.facility.FacilityType;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.IndexClasses;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.PageResult;
import org.tmfsafety.server.transboundary.DrainageRoutes;
import org.tmfsafety.server.transboundary.TransboundaryService;

/** Pages of the facility registry: list, details, create, edit, delete (or archive) and restore. */
@Controller
class FacilityController {

    private static final String VIEW_FORM = "facilities/form";

    private final FacilityRepository facilities;

    private final FacilityService service;

    private final OrganisationRepository organisations;

    private final Countries countries;

    private final IndexClasses classes;

    private final MessageSource messages;

    private final FacilityPermissions permissions;

    private final FacilityRatings ratings;

    private final TransboundaryService transboundary;

    private final DrainageRoutes drainageRoutes;

    FacilityController(FacilityRepository facilities, FacilityService service, OrganisationRepository organisations,
            Countries countries, IndexClasses classes, MessageSource messages, FacilityPermissions permissions,
            FacilityRatings ratings, TransboundaryService transboundary, DrainageRoutes drainageRoutes) {
        this.drainageRoutes = drainageRoutes;
        this.facilities = facilities;
        this.service = service;
        this.organisations = organisations;
        this.countries = countries;
        this.classes = classes;
        this.messages = messages;
        this.permissions = permissions;
        this.ratings = ratings;
        this.transboundary = transboundary;
    }

    @InitBinder("facility")
    void initFacilityBinder(WebDataBinder binder) {
        FacilityInput.configure(binder);
    }

    @GetMapping("/")
    String home() {
        return "redirect:/facilities";
    }

    @GetMapping("/facilities")
    String list(@Valid @ModelAttribute("search") FacilitySearch search, BindingResult binding, Model model,
            Locale locale) {
        search.check(binding, countries, classes);
        if (binding.hasErrors()) {
            model.addAttribute("searchErrors",
                    binding.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList());
            search = new FacilitySearch();
            model.addAttribute("search", search);
        }
        PageResult<Facility> page = facilities.search(search, permissions.scope(), locale);
        model.addAttribute("page", new PageResult<>(page.items().stream().map(permissions::visible).toList(),
                page.total(), page.page(), page.size()));
        model.addAttribute("regions", facilities.regions(search.getCountry(), permissions.scope()));
        addChoices(model, locale);
        return "facilities/list";
    }

    @GetMapping("/facilities/archived")
    String archived(@Valid @ModelAttribute("search") FacilitySearch search, BindingResult binding, Model model,
            Locale locale) {
        permissions.requireSeeArchived();
        search.check(binding, countries, classes);
        if (binding.hasErrors()) {
            model.addAttribute("searchErrors",
                    binding.getAllErrors().stream().map(error -> messages.getMessage(error, locale)).toList());
            search = new FacilitySearch();
            model.addAttribute("search", search);
        }
        model.addAttribute("page", facilities.searchArchived(search, locale));
        model.addAttribute("countries", countries.selectable(locale));
        return "facilities/archived";
    }

    @GetMapping("/facilities/{id}")
    String show(@PathVariable long id, Model model) {
        Facility facility = find(id);
        if (!permissions.canRead(facility)) {
            throw new FacilityNotFoundException(id);
        }
        model.addAttribute("facility", permissions.visible(facility));
        if (permissions.seesInternalFields(facility)) {
            model.addAttribute("history", service.history(id));
            drainageRoutes.find(id).ifPresent(route -> model.addAttribute("drainageRoute", route));
        }
        model.addAttribute("ratings", ratings.ratings(id));
        transboundary.stored(id).ifPresent(result -> model.addAttribute("transboundary", result));
        model.addAttribute("damBreak", DamBreakScreening.of(facility));
        return "facilities/details";
    }

    @GetMapping("/facilities/new")
    String initCreationForm(Model model, Locale locale) {
        permissions.requireCreate();
        FacilityInput input = new FacilityInput();
        input.setCountry("KAZ");
        input.setStatus(FacilityStatus.ACTIVE);
        model.addAttribute("facility", input.normalize());
        return form(model, locale, null);
    }

    @PostMapping("/facilities/new")
    String processCreationForm(@ModelAttribute("facility") FacilityInput input, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        permissions.requireCreate();
        service.validate(input, null, binding);
        if (binding.hasErrors()) {
            return form(model, locale, null);
        }
        try {
            Facility created = service.create(input);
            redirect.addFlashAttribute("flash", FlashMessage.success("facility.flash.created", created.code()));
            return "redirect:/facilities/" + created.id();
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
            return form(model, locale, null);
        }
    }

    @GetMapping("/facilities/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model, Locale locale, RedirectAttributes redirect) {
        Facility facility = find(id);
        if (facility.archived()) {
            return archivedNotChanged(facility, redirect);
        }
        permissions.requireEdit(facility);
        model.addAttribute("facility", FacilityInput.of(facility));
        return form(model, locale, facility);
    }

    @PostMapping("/facilities/{id}/edit")
    String processUpdateForm(@PathVariable long id, @ModelAttribute("facility") FacilityInput input,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        Facility current = find(id);
        if (current.archived()) {
            return archivedNotChanged(current, redirect);
        }
        permissions.requireEdit(current);
        service.validate(input, current, binding);
        if (binding.hasErrors()) {
            return form(model, locale, current);
        }
        try {
            Facility updated = service.update(id, input);
            redirect.addFlashAttribute("flash", FlashMessage.success("facility.flash.updated", updated.code()));
            return "redirect:/facilities/" + id;
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
            return form(model, locale, current);
        }
        catch (StaleFacilityException e) {
            binding.reject("facility.conflict", new Object[] { String.valueOf(e.currentVersion()) }, null);
            model.addAttribute("conflict", true);
            return form(model, locale, current);
        }
    }

    @GetMapping("/facilities/{id}/delete")
    String confirmDelete(@PathVariable long id, Model model, RedirectAttributes redirect) {
        Facility facility = find(id);
        if (facility.archived()) {
            return archivedNotChanged(facility, redirect);
        }
        permissions.requireDelete(facility);
        model.addAttribute("facility", facility);
        model.addAttribute("kept", facilities.keptRecords(id));
        return "facilities/delete";
    }

    @PostMapping("/facilities/{id}/delete")
    String delete(@PathVariable long id, @RequestParam Integer version, RedirectAttributes redirect) {
        Facility facility = find(id);
        if (facility.archived()) {
            return archivedNotChanged(facility, redirect);
        }
        FacilityService.Removal removal;
        try {
            removal = service.delete(id, version);
        }
        catch (StaleFacilityException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("facility.flash.deleteConflict", facility.code()));
            return "redirect:/facilities/" + id;
        }
        if (removal == FacilityService.Removal.ARCHIVED) {
            redirect.addFlashAttribute("flash", FlashMessage.success("facility.flash.archived", facility.code()));
            return "redirect:/facilities/" + id;
        }
        redirect.addFlashAttribute("flash", FlashMessage.success("facility.flash.deleted", facility.code()));
        return "redirect:/facilities";
    }

    @PostMapping("/facilities/{id}/restore")
    String restore(@PathVariable long id, @RequestParam Integer version, RedirectAttributes redirect) {
        Facility facility = find(id);
        if (!permissions.canRead(facility)) {
            throw new FacilityNotFoundException(id);
        }
        if (!facility.archived()) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("facility.flash.notArchived", facility.code()));
            return "redirect:/facilities/" + id;
        }
        try {
            service.restore(id, version);
        }
        catch (StaleFacilityException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("facility.flash.restoreConflict", facility.code()));
            return "redirect:/facilities/" + id;
        }
        redirect.addFlashAttribute("flash", FlashMessage.success("facility.flash.restored", facility.code()));
        return "redirect:/facilities/" + id;
    }

    /** An archived facility is not changed: its page, saying so, for those who see it; not found for the others. */
    private String archivedNotChanged(Facility facility, RedirectAttributes redirect) {
        if (!permissions.canRead(facility)) {
            throw new FacilityNotFoundException(facility.id());
        }
        redirect.addFlashAttribute("flash", FlashMessage.warning("facility.flash.archivedReadOnly", facility.code()));
        return "redirect:/facilities/" + facility.id();
    }

    private Facility find(long id) {
        return facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
    }

    private String form(Model model, Locale locale, Facility existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("organisations", organisations.findAll());
        model.addAttribute("operatorChoices", organisations.findAll()
            .stream()
            .filter(o -> permissions.mayAssignOperator(o.id()))
            .toList());
        model.addAttribute("facilityTypes", FacilityType.values());
        model.addAttribute("raiseMethods", DamRaiseMethod.values());
        model.addAttribute("waterHazardClasses", WaterHazardClass.values());
        model.addAttribute("managementStatuses", ManagementStatus.values());
        model.addAttribute("floodHazards", FloodHazard.values());
        model.addAttribute("seismicHazards", SeismicHazard.values());
        model.addAttribute("damConditions", DamCondition.values());
        model.addAttribute("transboundarySettings", TransboundarySetting.values());
        addChoices(model, locale);
        return VIEW_FORM;
    }

    private void addChoices(Model model, Locale locale) {
        model.addAttribute("countries", countries.selectable(locale));
        model.addAttribute("statuses", Arrays.asList(FacilityStatus.values()));
    }

}

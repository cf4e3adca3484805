package org.tmfsafety.server.exchange;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;

/** Administration of neighbouring instances (administrators only, enforced by the security configuration). */
@Controller
class NeighbourAdminController {

    private static final String VIEW_FORM = "admin/neighbourForm";

    private final Neighbours neighbours;

    private final NeighbourPull pull;

    private final Countries countries;

    NeighbourAdminController(Neighbours neighbours, NeighbourPull pull, Countries countries) {
        this.neighbours = neighbours;
        this.pull = pull;
        this.countries = countries;
    }

    @GetMapping("/admin/neighbours")
    String list(Model model) {
        model.addAttribute("neighbours", neighbours.all());
        model.addAttribute("ownCountry", neighbours.ownCountry());
        return "admin/neighbours";
    }

    @GetMapping("/admin/neighbours/new")
    String initCreationForm(Model model, Locale locale) {
        model.addAttribute("neighbour", new NeighbourInput());
        return form(model, locale, null);
    }

    @PostMapping("/admin/neighbours/new")
    String processCreationForm(@ModelAttribute("neighbour") NeighbourInput input, BindingResult binding, Model model,
            Locale locale, RedirectAttributes redirect) {
        neighbours.validate(input, null, binding);
        if (binding.hasErrors()) {
            return form(model, locale, null);
        }
        try {
            Neighbour created = neighbours.create(input);
            redirect.addFlashAttribute("flash", FlashMessage.success("exchange.neighbour.saved", created.name()));
            return "redirect:/admin/neighbours";
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
            return form(model, locale, null);
        }
    }

    @GetMapping("/admin/neighbours/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model, Locale locale) {
        Neighbour neighbour = neighbours.require(id);
        model.addAttribute("neighbour", NeighbourInput.of(neighbour));
        return form(model, locale, neighbour);
    }

    @PostMapping("/admin/neighbours/{id}/edit")
    String processUpdateForm(@PathVariable long id, @ModelAttribute("neighbour") NeighbourInput input,
            BindingResult binding, Model model, Locale locale, RedirectAttributes redirect) {
        Neighbour current = neighbours.require(id);
        neighbours.validate(input, current, binding);
        if (binding.hasErrors()) {
            return form(model, locale, current);
        }
        try {
            Neighbour saved = neighbours.update(id, input);
            redirect.addFlashAttribute("flash", FlashMessage.success("exchange.neighbour.saved", saved.name()));
            return "redirect:/admin/neighbours";
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
        }
        catch (EditConflictException e) {
            binding.reject("exchange.neighbour.conflictForm");
        }
        return form(model, locale, current);
    }

    @PostMapping("/admin/neighbours/{id}/delete")
    String delete(@PathVariable long id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        Neighbour current = neighbours.require(id);
        try {
            neighbours.delete(id, version == null ? -1 : version);
            redirect.addFlashAttribute("flash", FlashMessage.success("exchange.neighbour.deleted", current.name()));
        }
        catch (EditConflictException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("exchange.neighbour.conflictForm"));
        }
        return "redirect:/admin/neighbours";
    }

    @PostMapping("/admin/neighbours/pull")
    String pullNow(RedirectAttributes redirect) {
        pull.pullAll();
        redirect.addFlashAttribute("flash", FlashMessage.success("exchange.pull.done"));
        return "redirect:/admin/neighbours";
    }

    private String form(Model model, Locale locale, Neighbour existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("countries", countries.selectable(locale));
        return VIEW_FORM;
    }
}

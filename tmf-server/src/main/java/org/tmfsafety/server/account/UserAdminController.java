package org.tmfsafety.server.account;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.organisation.OrganisationRepository;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;

/** Administration of user accounts (administrators only, enforced by the security configuration). */
@Controller
class UserAdminController {

    private static final String VIEW_FORM = "admin/userForm";

    private final AccountRepository accounts;

    private final AccountService service;

    private final OrganisationRepository organisations;

    private final LoginThrottle throttle;

    UserAdminController(AccountRepository accounts, AccountService service, OrganisationRepository organisations,
            LoginThrottle throttle) {
        this.accounts = accounts;
        this.service = service;
        this.organisations = organisations;
        this.throttle = throttle;
    }

    @InitBinder("account")
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(false));
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        model.addAttribute("accounts", accounts.findAll());
        model.addAttribute("failures", throttle.summaries().stream()
            .collect(Collectors.toMap(LoginThrottle.Summary::username, Function.identity())));
        return "admin/users";
    }

    @GetMapping("/admin/users/new")
    String initCreationForm(Model model) {
        AccountInput input = new AccountInput();
        input.setRole(Role.OPERATOR);
        model.addAttribute("account", input);
        return form(model, null);
    }

    @PostMapping("/admin/users/new")
    String processCreationForm(@ModelAttribute("account") AccountInput input, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        service.validate(input, null, binding);
        if (binding.hasErrors()) {
            return form(model, null);
        }
        try {
            Account created = service.create(input);
            redirect.addFlashAttribute("flash", FlashMessage.success("account.flash.created", created.username()));
            return "redirect:/admin/users";
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
            return form(model, null);
        }
    }

    @GetMapping("/admin/users/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        Account account = find(id);
        model.addAttribute("account", AccountInput.of(account));
        return form(model, account);
    }

    @PostMapping("/admin/users/{id}/edit")
    String processUpdateForm(@PathVariable long id, @ModelAttribute("account") AccountInput input, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Account current = find(id);
        input.setUsername(current.username());
        service.validate(input, current, binding);
        if (binding.hasErrors()) {
            return form(model, current);
        }
        try {
            service.update(id, input);
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
            return form(model, current);
        }
        catch (EditConflictException e) {
            binding.reject("account.conflict");
            return form(model, current);
        }
        redirect.addFlashAttribute("flash", FlashMessage.success("account.flash.updated", current.username()));
        return "redirect:/admin/users";
    }

    @PostMapping("/admin/users/{id}/sign-in-failures/clear")
    String clearSignInFailures(@PathVariable long id, RedirectAttributes redirect) {
        Account account = find(id);
        service.clearSignInFailures(id);
        redirect.addFlashAttribute("flash", FlashMessage.success("account.flash.failuresCleared", account.username()));
        return "redirect:/admin/users";
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> AccountService.notFound(id));
    }

    private String form(Model model, Account existing) {
        model.addAttribute("existing", existing);
        model.addAttribute("failures", existing == null ? List.of() : throttle.recent(existing.username(), 20));
        model.addAttribute("roles", Role.values());
        model.addAttribute("organisations", organisations.findAll());
        return VIEW_FORM;
    }

}

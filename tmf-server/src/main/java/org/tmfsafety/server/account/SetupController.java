package org.tmfsafety.server.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.audit.AuditLog;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;

/** The one-time page that creates the first administrator with the token from the log. */
@Controller
class SetupController {

    private static final String VIEW = "account/setup";

    private final InitialAdministrator setup;

    private final AccountService accounts;

    private final CurrentUser currentUser;

    SetupController(InitialAdministrator setup, AccountService accounts, CurrentUser currentUser) {
        this.setup = setup;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping("/setup")
    String show(Model model) {
        if (!setup.isOpen()) {
            return "redirect:/login";
        }
        model.addAttribute("account", new AccountInput());
        return VIEW;
    }

    @PostMapping("/setup")
    String create(@RequestParam(required = false) String setupToken, @ModelAttribute("account") AccountInput input,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!setup.isOpen()) {
            return "redirect:/login";
        }
        input.setRole(Role.ADMIN);
        input.setEnabled(true);
        if (!setup.matches(setupToken)) {
            model.addAttribute("tokenError", true);
            return VIEW;
        }
        accounts.validate(input, null, binding);
        if (binding.hasErrors()) {
            return VIEW;
        }
        try {
            currentUser.asSystem(AuditLog.SYSTEM + ":setup", () -> accounts.create(input));
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
            return VIEW;
        }
        setup.close();
        redirect.addFlashAttribute("flash", FlashMessage.success("setup.flash.done", input.getUsername()));
        return "redirect:/login";
    }

}

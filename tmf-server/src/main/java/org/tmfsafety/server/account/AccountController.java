package org.tmfsafety.server.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.system.FlashMessage;

/** The signed-in user's own account: password and personal API tokens. */
@Controller
class AccountController {

    private static final String VIEW = "account/account";

    private final CurrentUser user;

    private final AccountService accounts;

    private final ApiTokens tokens;

    AccountController(CurrentUser user, AccountService accounts, ApiTokens tokens) {
        this.user = user;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    @GetMapping("/account")
    String show(Model model) {
        model.addAttribute("passwordChange", new PasswordChange());
        return page(model);
    }

    @PostMapping("/account/password")
    String changePassword(@ModelAttribute("passwordChange") PasswordChange change, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!accounts.changeOwnPassword(id(), change.getCurrentPassword(), change.getNewPassword(),
                change.getConfirmation(), binding)) {
            return page(model);
        }
        return "redirect:/login?passwordChanged";
    }

    @PostMapping("/account/tokens")
    String createToken(@RequestParam(required = false) String name, Model model, RedirectAttributes redirect) {
        String label = name == null ? "" : name.strip();
        if (label.isEmpty() || label.length() > 100) {
            model.addAttribute("passwordChange", new PasswordChange());
            model.addAttribute("tokenNameError", label.isEmpty() ? "validation.required" : "account.token.nameTooLong");
            return page(model);
        }
        redirect.addFlashAttribute("newToken", tokens.create(id(), label));
        redirect.addFlashAttribute("flash", FlashMessage.success("account.flash.tokenCreated", label));
        return "redirect:/account";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long tokenId, RedirectAttributes redirect) {
        boolean revoked = tokens.revoke(id(), tokenId);
        redirect.addFlashAttribute("flash", revoked ? FlashMessage.success("account.flash.tokenRevoked")
                : FlashMessage.warning("account.flash.tokenNotFound"));
        return "redirect:/account";
    }

    private String page(Model model) {
        model.addAttribute("tokens", tokens.list(id()));
        return VIEW;
    }

    private long id() {
        return user.principal().orElseThrow().id();
    }

}

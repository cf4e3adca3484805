package org.tmfsafety.server.account;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Sign-in itself and sign-out are handled by Spring Security. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (request.getParameter("error") != null) {
            model.addAttribute("loginError", "login.error.badCredentials");
        }
        if (request.getParameter("passwordChanged") != null) {
            model.addAttribute("loginNotice", "account.flash.passwordChanged");
        }
        return "account/login";
    }

}

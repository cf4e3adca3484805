package org.tmfsafety.server.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page. Sign-in itself and sign-out are handled by Spring Security. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        if (request.getParameter("error") != null) {
            HttpSession session = request.getSession(false);
            Object error = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("loginError", error instanceof LockedException ? "login.error.locked" : "login.error.badCredentials");
        }
        return "account/login";
    }

}

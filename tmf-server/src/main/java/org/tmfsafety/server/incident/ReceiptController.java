package org.tmfsafety.server.incident;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.system.StateConflictException;

/**
 * The page a recipient's link opens: the report as it was sent, in the page's language and in English and Russian,
 * and a form to acknowledge receipt. No account is needed; the token in the link is the recipient's.
 */
@Controller
class ReceiptController {

    private final IncidentService service;

    private final NotificationText texts;

    private final MessageSource messages;

    ReceiptController(IncidentService service, NotificationText texts, MessageSource messages) {
        this.service = service;
        this.texts = texts;
        this.messages = messages;
    }

    /**
     * The page; the form's CSRF token is made before the page is written (for a visitor without a session, making
     * it opens one, which a page already streaming to the browser could no longer do).
     */
    @GetMapping("/incident-receipts/{token}")
    String show(@PathVariable String token, Model model, Locale locale, CsrfToken csrf) {
        IncidentRepository.Receipt receipt = service.receipt(token);
        csrf.getToken();
        model.addAttribute("receipt", receipt);
        model.addAttribute("texts", NotificationText.languages(locale).stream()
            .map(language -> texts.of(receipt.report().report(), language)).toList());
        model.addAttribute("token", token);
        return "incidents/receipt";
    }

    @PostMapping("/incident-receipts/{token}")
    String acknowledge(@PathVariable String token, @RequestParam(required = false) String acknowledgedBy,
            @RequestParam(required = false) String note, Model model, Locale locale, CsrfToken csrf,
            RedirectAttributes redirect) {
        try {
            service.acknowledgeByLink(token, acknowledgedBy, note);
            redirect.addFlashAttribute("flash", FlashMessage.success("incident.receipt.thanks"));
        }
        catch (InvalidInputException ex) {
            model.addAttribute("errors", ex.lines(messages, locale, "incident.receipt.field."));
            model.addAttribute("acknowledgedBy", acknowledgedBy);
            model.addAttribute("note", note);
            return show(token, model, locale, csrf);
        }
        catch (StateConflictException ex) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("incident.receipt.already"));
        }
        return "redirect:/incident-receipts/" + token;
    }
}

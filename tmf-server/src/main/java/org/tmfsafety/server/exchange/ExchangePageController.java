package org.tmfsafety.server.exchange;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.tmfsafety.server.system.StateConflictException;

/** The neighbouring countries page (with the upstream threats) and the incoming notifications page. */
@Controller
class ExchangePageController {

    private final Neighbours neighbours;

    private final ExchangeRepository repository;

    private final IncomingNotifications notifications;

    ExchangePageController(Neighbours neighbours, ExchangeRepository repository, IncomingNotifications notifications) {
        this.neighbours = neighbours;
        this.repository = repository;
        this.notifications = notifications;
    }

    @GetMapping("/neighbours")
    String neighbours(Model model) {
        Map<Long, List<NeighbourFacility>> byNeighbour = new LinkedHashMap<>();
        List<Neighbour> all = neighbours.all();
        all.forEach(neighbour -> byNeighbour.put(neighbour.id(), new java.util.ArrayList<>()));
        repository.facilities().forEach(f -> byNeighbour.computeIfAbsent(f.neighbourId(), id -> new java.util.ArrayList<>())
            .add(f));
        model.addAttribute("neighbours", all);
        model.addAttribute("facilities", byNeighbour);
        model.addAttribute("threats", repository.threats());
        model.addAttribute("accidents", repository.accidents());
        model.addAttribute("ownCountry", neighbours.ownCountry());
        return "exchange/neighbours";
    }

    @GetMapping("/neighbours/notifications")
    String notifications(Model model) {
        model.addAttribute("notifications", notifications.list());
        return "exchange/notifications";
    }

    @PostMapping("/neighbours/notifications/{id}/acknowledge")
    String acknowledge(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        try {
            IncomingNotification acknowledged = notifications.acknowledge(id, version, note);
            redirect.addFlashAttribute("flash", "DELIVERED".equals(acknowledged.receiptState())
                    ? FlashMessage.success("exchange.notification.acknowledged", acknowledged.number())
                    : FlashMessage.warning("exchange.notification.acknowledgedPending", acknowledged.number()));
        }
        catch (EditConflictException | StateConflictException | InvalidInputException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("exchange.notification.notAcknowledged"));
        }
        return "redirect:/neighbours/notifications";
    }
}

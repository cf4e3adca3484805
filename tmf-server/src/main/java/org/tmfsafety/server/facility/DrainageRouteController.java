package org.tmfsafety.server.facility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tmfsafety.geo.transboundary.DrainageRoute;
import org.tmfsafety.server.system.EditConflictException;
import org.tmfsafety.server.system.FlashMessage;
import org.tmfsafety.server.system.InvalidInputException;
import org.tmfsafety.server.transboundary.DrainageRoutes;
import org.tmfsafety.server.transboundary.StoredDrainageRoute;

/**
 * The page on which an inspector, authority or the operator records how water from a site reaches the mapped river
 * network: points clicked on a map, or typed as GeoJSON, WKT or coordinates, with a source.
 */
@Controller
class DrainageRouteController {

    private final FacilityRepository facilities;

    private final FacilityPermissions permissions;

    private final DrainageRoutes routes;

    private final MessageSource messages;

    private final JsonMapper json;

    DrainageRouteController(FacilityRepository facilities, FacilityPermissions permissions, DrainageRoutes routes,
            MessageSource messages, JsonMapper json) {
        this.facilities = facilities;
        this.permissions = permissions;
        this.routes = routes;
        this.messages = messages;
        this.json = json;
    }

    /** The form's fields. */
    static class RouteForm {

        private String kind = DrainageRoute.Kind.DRAWN.name();

        private String points;

        private String source;

        private String comment;

        private Integer version;

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getPoints() {
            return points;
        }

        public void setPoints(String points) {
            this.points = points;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public Integer getVersion() {
            return version;
        }

        public void setVersion(Integer version) {
            this.version = version;
        }

        /** The stored route in the form, its points as the GeoJSON geometry the API gives. */
        static RouteForm of(StoredDrainageRoute stored, JsonMapper json) {
            RouteForm form = new RouteForm();
            form.kind = stored.route().kind().name();
            form.points = json.writeValueAsString(DrainageRouteApiController.RouteView.of(stored).geometry());
            form.source = stored.source();
            form.comment = stored.comment();
            form.version = stored.version();
            return form;
        }
    }

    @GetMapping("/facilities/{id}/drainage-route")
    String form(@PathVariable long id, Model model, Locale locale) {
        Facility facility = changeable(id);
        StoredDrainageRoute stored = routes.find(id).orElse(null);
        model.addAttribute("route", stored == null ? new RouteForm() : RouteForm.of(stored, json));
        return page(model, facility, stored, locale);
    }

    @PostMapping("/facilities/{id}/drainage-route")
    String save(@PathVariable long id, @ModelAttribute("route") RouteForm form, BindingResult binding, Model model,
            Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
        Facility facility = changeable(id);
        try {
            routes.save(id, facility.latitude(), facility.longitude(), new DrainageRoutes.Change(form.getKind(),
                    form.getPoints(), form.getSource(), form.getComment(), form.getVersion()));
        }
        catch (InvalidInputException e) {
            binding.addAllErrors(e.errors());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, facility, routes.find(id).orElse(null), locale);
        }
        catch (EditConflictException e) {
            binding.reject("route.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return page(model, facility, routes.find(id).orElse(null), locale);
        }
        redirect.addFlashAttribute("flash", FlashMessage.success("route.flash.saved", facility.code()));
        return "redirect:/facilities/" + id;
    }

    @PostMapping("/facilities/{id}/drainage-route/delete")
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        Facility facility = changeable(id);
        try {
            routes.delete(id, facility.latitude(), facility.longitude(), version);
        }
        catch (EditConflictException e) {
            redirect.addFlashAttribute("flash", FlashMessage.warning("route.flash.deleteConflict", facility.code()));
            return "redirect:/facilities/" + id + "/drainage-route";
        }
        redirect.addFlashAttribute("flash", FlashMessage.success("route.flash.deleted", facility.code()));
        return "redirect:/facilities/" + id;
    }

    private String page(Model model, Facility facility, StoredDrainageRoute stored, Locale locale) {
        model.addAttribute("facility", facility);
        model.addAttribute("stored", stored);
        model.addAttribute("kinds", DrainageRoute.Kind.values());
        model.addAttribute("mapTexts", json.writeValueAsString(texts(locale)));
        return "facilities/drainageRoute";
    }

    private Map<String, Object> texts(Locale locale) {
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String key : List.of("site", "count")) {
            texts.put(key, messages.getMessage("route.map." + key, null, locale));
        }
        return texts;
    }

    private Facility changeable(long id) {
        Facility facility = facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
        permissions.requireRecordDrainageRoute(facility);
        return facility;
    }
}

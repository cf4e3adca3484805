package org.tmfsafety.server.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tmfsafety.methodology.facility.FacilityStatus;
import org.tmfsafety.server.country.Countries;
import org.tmfsafety.server.methodology.IndexClasses;

/**
 * The map page. It passes the script its data URLs (with the page's filters) and every text it shows,
 * taken from the message bundles in the user's language, so that the script holds no display text, and
 * the hazard classes of the default methodology profile (code, label, colour, least severe first) for the
 * markers and the legend, so that it holds no class either.
 */
@Controller
class MapController {

    private final MessageSource messages;

    private final JsonMapper json;

    private final Countries countries;

    private final IndexClasses classes;

    private final String tileUrl;

    private final String tileAttribution;

    MapController(MessageSource messages, JsonMapper json, Countries countries, IndexClasses classes,
            @Value("${tmf.map.tile-url:}") String tileUrl, @Value("${tmf.map.tile-attribution:}") String tileAttribution) {
        this.messages = messages;
        this.json = json;
        this.countries = countries;
        this.classes = classes;
        this.tileUrl = tileUrl;
        this.tileAttribution = tileAttribution;
    }

    @GetMapping("/map")
    String map(HttpServletRequest request, Model model, Locale locale) {
        String query = request.getQueryString();
        String filters = query == null ? ""
                : query.replaceAll("(^|&)(lang|focus|accidents)=[^&]*", "").replaceFirst("^&", "");
        model.addAttribute("facilitiesQuery", filters.isEmpty() ? "" : "?" + filters);
        model.addAttribute("texts", json.writeValueAsString(texts(locale)));
        model.addAttribute("tileUrl", tileUrl);
        model.addAttribute("tileAttribution", tileAttribution);
        model.addAttribute("statuses", FacilityStatus.values());
        model.addAttribute("classes", classes.of("THI", locale));
        model.addAttribute("countries", countries.selectable(locale));
        model.addAttribute("selectedStatus", request.getParameter("status"));
        model.addAttribute("selectedClass", request.getParameter("hazardClass"));
        model.addAttribute("selectedCountry", request.getParameter("country"));
        model.addAttribute("showAccidents", "true".equals(request.getParameter("accidents")));
        String focus = request.getParameter("focus");
        model.addAttribute("focus", focus != null && focus.matches("[0-9]{1,18}") ? focus : null);
        return "map/map";
    }

    private Map<String, Object> texts(Locale locale) {
        Map<String, Object> texts = new LinkedHashMap<>();
        texts.put("classes", classes.of("THI", locale));
        texts.put("unknownClass", messages.getMessage("indexClass.unknown", null, locale));
        texts.put("notRated", messages.getMessage("map.notRated", null, locale));
        texts.put("legendTitle", messages.getMessage("map.legend.title", null, locale));
        Map<String, String> verdicts = new LinkedHashMap<>();
        for (String verdict : List.of("POTENTIAL_EFFECT", "NO_EFFECT_FOUND", "UNDETERMINED")) {
            verdicts.put(verdict, messages.getMessage("transboundary.verdict." + verdict, null, locale));
        }
        texts.put("verdicts", verdicts);
        texts.put("travelTime", messages.getMessage("map.popup.travelTime", null, locale));
        texts.put("thi", messages.getMessage("rating.index.THI", null, locale));
        texts.put("tri", messages.getMessage("rating.index.TRI", null, locale));
        texts.put("open", messages.getMessage("map.popup.open", null, locale));
        Map<String, String> statuses = new LinkedHashMap<>();
        for (FacilityStatus status : FacilityStatus.values()) {
            statuses.put(status.name(), messages.getMessage("enum.FacilityStatus." + status.name(), null, locale));
        }
        texts.put("statuses", statuses);
        texts.put("locale", locale.toLanguageTag());
        texts.put("downstreamPaths", messages.getMessage("map.layer.downstreamPaths", null, locale));
        texts.put("crossesInto", messages.getMessage("map.path.crossesInto", null, locale));
        texts.put("staysInCountry", messages.getMessage("map.path.staysInCountry", null, locale));
        Map<String, String> routes = new LinkedHashMap<>();
        for (String kind : List.of("DRAWN", "RECEIVING_WATER")) {
            routes.put(kind, messages.getMessage("map.path.route." + kind, null, locale));
        }
        texts.put("routes", routes);
        texts.put("accidents", messages.getMessage("map.layer.accidents", null, locale));
        texts.put("deaths", messages.getMessage("accident.field.deaths", null, locale));
        return texts;
    }

}

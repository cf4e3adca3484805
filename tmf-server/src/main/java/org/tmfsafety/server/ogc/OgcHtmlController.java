package org.tmfsafety.server.ogc;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The HTML encoding of the OGC API – Features documents ({@code f=html}): pages a person can browse from the
 * landing page to single features, each linking its JSON encoding.
 */
@Controller
class OgcHtmlController {

    private final OgcDocuments documents;

    OgcHtmlController(OgcDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(value = "/ogc", params = "f=html")
    String landing(Model model, Locale locale) {
        model.addAttribute("landing", documents.landing(locale));
        model.addAttribute("collections", documents.collections(locale).get("collections"));
        model.addAttribute("conformance", documents.conformance().get("conformsTo"));
        return "ogc/landing";
    }

    @GetMapping(value = "/ogc/conformance", params = "f=html")
    String conformance(Model model, Locale locale) {
        return landing(model, locale);
    }

    @GetMapping(value = "/ogc/collections", params = "f=html")
    String collections(Model model, Locale locale) {
        return landing(model, locale);
    }

    @GetMapping(value = "/ogc/collections/{collectionId}", params = "f=html")
    String collection(@PathVariable String collectionId, @RequestParam(required = false) String bbox,
            @RequestParam(required = false) Integer limit, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) String hazardClass,
            @RequestParam(required = false) String datetime, HttpServletRequest request, Model model,
            Locale locale) {
        return items(collectionId, bbox, limit, offset, country, status, hazardClass, datetime, request, model,
                locale);
    }

    @GetMapping(value = "/ogc/collections/{collectionId}/items", params = "f=html")
    String items(@PathVariable String collectionId, @RequestParam(required = false) String bbox,
            @RequestParam(required = false) Integer limit, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(required = false) String country, @RequestParam(required = false) String status,
            @RequestParam(required = false) String hazardClass,
            @RequestParam(required = false) String datetime, HttpServletRequest request, Model model,
            Locale locale) {
        Map<String, Object> items = documents.items(collectionId, bbox, limit, offset, country, status, hazardClass,
                datetime, request, locale);
        model.addAttribute("collection", documents.collection(collectionId, locale));
        model.addAttribute("items", items);
        String next = link(items, "next");
        model.addAttribute("next", next == null ? null : OgcDocuments.html(next));
        model.addAttribute("json", link(items, "self"));
        return "ogc/items";
    }

    @GetMapping(value = "/ogc/collections/{collectionId}/items/{featureId}", params = "f=html")
    String item(@PathVariable String collectionId, @PathVariable String featureId, Model model, Locale locale) {
        Map<String, Object> feature = documents.item(collectionId, featureId, locale);
        model.addAttribute("collection", documents.collection(collectionId, locale));
        model.addAttribute("feature", feature);
        model.addAttribute("json", link(feature, "self"));
        return "ogc/item";
    }

    /** The address of a document's link with the given relation, or null. */
    @SuppressWarnings("unchecked")
    private static String link(Map<String, Object> document, String rel) {
        return ((List<Map<String, Object>>) document.get("links")).stream().filter(l -> rel.equals(l.get("rel")))
            .map(l -> (String) l.get("href")).findFirst().orElse(null);
    }
}

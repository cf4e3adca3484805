package org.tmfsafety.server.methodology;

import java.util.HashMap;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.methodology.annex1.Annex1List;
import org.tmfsafety.methodology.annex1.Annex1Screener;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.system.InvalidInputException;

/** Screening against Annex I of the Industrial Accidents Convention. Nothing is stored. */
@RestController
@Tag(name = "Methodology")
class Annex1ApiController {

    private final Annex1Screener screener = new Annex1Screener(Annex1List.builtIn());

    @PostMapping("/api/v1/methodology/annex1")
    @Operation(summary = "Industrial Accidents Convention Annex I screening",
            description = "items: [{substance (Part II code) or category (Part I code), quantityTonnes}]. Each quantity is "
                    + "compared with its threshold (q/Q); hazardous when any ratio reaches 1. The sum of ratios is reported "
                    + "separately as hazardousByAggregation (provisional rule).")
    Annex1Response screen(@RequestBody Annex1Request request) {
        Errors errors = new MapBindingResult(new HashMap<>(), "annex1");
        if (request.items() == null) {
            errors.rejectValue("items", "validation.required");
            throw new InvalidInputException(errors);
        }
        List<Annex1Screener.Item> items = request.items()
            .stream()
            .map(i -> new Annex1Screener.Item(i.substance(), i.category(),
                    i.quantityTonnes() == null ? Double.NaN : i.quantityTonnes()))
            .toList();
        try {
            return Annex1Response.of(screener.screen(items));
        }
        catch (IllegalArgumentException e) {
            errors.rejectValue("items", "methodology.annex1.invalidItem", new Object[] { e.getMessage() }, null);
            throw new InvalidInputException(errors);
        }
    }

    record Annex1Request(List<ItemInput> items) {
    }

    /**
     * The screening as the API returns it: the result with the threshold list as profile and a trail of
     * q/Q per item.
     */
    record Annex1Response(ProfileId profile, boolean hazardous, boolean hazardousByAggregation, double maxRatio,
            double sumOfRatios, String aggregationProvisionalReason, List<Annex1Screener.ItemResult> items,
            List<IndexResponse.TermResponse> terms) {

        static Annex1Response of(Annex1Screener.Result result) {
            List<IndexResponse.TermResponse> terms = result.items()
                .stream()
                .map(item -> new IndexResponse.TermResponse(item.code(), item.basis(),
                        String.valueOf(item.item().quantityTonnes()), "RATIO_Q_OVER_THRESHOLD", null, item.ratio(),
                        item.source(), item.source() == null, item.provisionalReason()))
                .toList();
            return new Annex1Response(result.list(), result.hazardous(), result.hazardousByAggregation(), result.maxRatio(),
                    result.sumOfRatios(), result.aggregationProvisionalReason(), result.items(), terms);
        }

    }

    record ItemInput(String substance, String category, Double quantityTonnes) {
    }

}

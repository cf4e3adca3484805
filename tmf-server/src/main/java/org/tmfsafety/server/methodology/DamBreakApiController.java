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
import org.tmfsafety.methodology.dambreak.DamBreakModel;
import org.tmfsafety.methodology.dambreak.DamBreakModels;
import org.tmfsafety.methodology.dambreak.DamBreakResult;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.system.InvalidInputException;

/** Dam-break screening (released volume and runout) with a choice of models. Nothing is stored. */
@RestController
@Tag(name = "Methodology")
class DamBreakApiController {

    @PostMapping("/api/v1/methodology/dam-break")
    @Operation(summary = "Dam-break screening: released volume and runout",
            description = "Inputs: storedVolumeM3 and damHeightM (both above 0), optional model (rico-2008, the default, "
                    + "or csp2-refit-2026). Inputs outside the range the model was checked on give warnings, not refusals.")
    DamBreakResponse damBreak(@RequestBody DamBreakRequest request) {
        Errors errors = new MapBindingResult(new HashMap<>(), "damBreak");
        positive(request.storedVolumeM3(), "storedVolumeM3", errors);
        positive(request.damHeightM(), "damHeightM", errors);
        DamBreakModel model = request.model() == null ? DamBreakModels.defaultModel()
                : DamBreakModels.find(request.model()).orElse(null);
        if (model == null) {
            errors.rejectValue("model", "methodology.damBreak.unknownModel", new Object[] {
                    String.join(", ", DamBreakModels.all().stream().map(DamBreakModel::id).toList()) }, null);
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        return DamBreakResponse.of(model.screen(request.storedVolumeM3(), request.damHeightM()), request);
    }

    private static void positive(Double value, String field, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "validation.required");
        }
        else if (!(value > 0) || value.isInfinite()) {
            errors.rejectValue(field, "validation.positive");
        }
    }

    /**
     * The dam-break estimate as the API returns it: the model's result, the model as profile, and a trail.
     *
     * @param model the model id
     * @param profile the model id and version
     * @param releasedVolumeM3 V_F
     * @param releasedVolumeLowM3 V_F minus one standard error
     * @param releasedVolumeHighM3 V_F plus one standard error
     * @param runoutKm D_max
     * @param runoutLowKm D_max minus one standard error
     * @param runoutHighKm D_max plus one standard error
     * @param warnings inputs outside the checked range
     * @param terms E4 and E5 with their inputs and results
     */
    record DamBreakResponse(String model, ProfileId profile, double releasedVolumeM3, double releasedVolumeLowM3,
            double releasedVolumeHighM3, double runoutKm, double runoutLowKm, double runoutHighKm,
            List<DamBreakResult.Warning> warnings, List<IndexResponse.TermResponse> terms) {

        static DamBreakResponse of(DamBreakResult result, DamBreakRequest request) {
            String source = result.model().equals("rico-2008")
                    ? "Rico, Benito, Díez-Herrero (2008), J. Hazardous Materials 154, 79-87; checked against CSP2 "
                            + "(docs/methodology/dam-break.md)"
                    : "least-squares refit on the CSP2 failure list 1915-2022 by the TMF Safety team "
                            + "(docs/methodology/dam-break.md)";
            List<IndexResponse.TermResponse> terms = List.of(
                    new IndexResponse.TermResponse("E4", "storedVolumeM3", String.valueOf(request.storedVolumeM3()),
                            "RELEASED_VOLUME_M3", null, result.releasedVolumeM3(), source, false, null),
                    new IndexResponse.TermResponse("E5", "damHeightM", String.valueOf(request.damHeightM()), "RUNOUT_KM",
                            null, result.runoutKm(), source, false, null));
            return new DamBreakResponse(result.model(), new ProfileId(result.model(), 1), result.releasedVolumeM3(),
                    result.releasedVolumeLowM3(), result.releasedVolumeHighM3(), result.runoutKm(), result.runoutLowKm(),
                    result.runoutHighKm(), result.warnings(), terms);
        }

    }

    /**
     * The input of the dam-break screening.
     *
     * @param storedVolumeM3 stored volume in m³
     * @param damHeightM dam height in m
     * @param model the model id, or null for the default
     */
    record DamBreakRequest(Double storedVolumeM3, Double damHeightM, String model) {
    }

}

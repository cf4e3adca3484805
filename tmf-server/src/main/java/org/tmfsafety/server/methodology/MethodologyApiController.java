package org.tmfsafety.server.methodology;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

import org.springframework.validation.Errors;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tmfsafety.methodology.consequence.ConsequenceClass;
import org.tmfsafety.methodology.consequence.GistmClassifier;
import org.tmfsafety.methodology.consequence.GistmInputs;
import org.tmfsafety.methodology.consequence.GistmResult;
import org.tmfsafety.methodology.index.IndexCalculator;
import org.tmfsafety.methodology.index.IndexResult;
import org.tmfsafety.methodology.index.InputError;
import org.tmfsafety.methodology.index.InvalidInputsException;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.ProfileId;
import org.tmfsafety.server.system.InvalidInputException;

/**
 * Calculators of the TMF methodology for integrations and for users without a registry record: JSON
 * in, result with its derivation trail out. Nothing is stored.
 */
@RestController
@RequestMapping("/api/v1/methodology")
@Tag(name = "Methodology", description = "Calculators of the TMF methodology with derivation trails")
class MethodologyApiController {

    private static final String PROFILE = "profile";

    private final MethodologyProfiles profiles;

    MethodologyApiController(MethodologyProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping("/profiles")
    @Operation(summary = "The methodology profiles known to the server, with their status")
    List<ProfileSummary> profiles() {
        return profiles.all().stream().map(ProfileSummary::of).toList();
    }

    @PostMapping("/thi")
    @Operation(summary = "Tailings Hazard Index",
            description = "Inputs: storedVolumeM3 (required), waterHazardClass (NWG, WGK1, WGK2, WGK3, UNKNOWN), "
                    + "managementStatus, floodHazard, seismicHazard, damCondition; optional profile {id, version}. "
                    + "Missing inputs are replaced as the profile says and reported in the terms.")
    IndexResponse thi(@RequestBody JsonNode body) {
        return index("THI", body);
    }

    @PostMapping("/tri")
    @Operation(summary = "Tailings Risk Index",
            description = "The THI inputs plus populationAtRisk, drinkingWaterAbstraction, protectedAreaDownstream, "
                    + "transboundarySetting (NONE, BORDER_WITHIN_REACH, TRANSBOUNDARY_RIVER), distanceToSurfaceWaterKm.")
    IndexResponse tri(@RequestBody JsonNode body) {
        return index("TRI", body);
    }

    @PostMapping("/gistm-class")
    @Operation(summary = "GISTM consequence classification (Annex 2): the most severe column decides")
    GistmResponse gistm(@RequestBody GistmRequest request) {
        Errors errors = new MapBindingResult(new HashMap<>(), "gistm");
        count(request.populationAtRisk(), "populationAtRisk", errors);
        count(request.potentialLossOfLife(), "potentialLossOfLife", errors);
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        GistmResult result = GistmClassifier.classify(new GistmInputs(request.populationAtRisk(),
                request.potentialLossOfLife(), request.environment(), request.healthSocialCultural(),
                request.infrastructureEconomics()));
        List<IndexResponse.TermResponse> terms = result.columns()
            .stream()
            .map(c -> new IndexResponse.TermResponse(c.name(), c.name(), c.input(),
                    c.columnClass() == null ? "NOT_ASSESSED" : "CLASS:" + c.columnClass(), null,
                    c.columnClass() == null ? 0 : c.columnClass().ordinal(), result.verified() ? result.source() : null,
                    !result.verified(), result.verified() ? null : "thresholds transcribed from a secondary summary: "
                            + result.source()))
            .toList();
        return new GistmResponse(result.consequenceClass(), new ProfileId("gistm-annex2", 1), result.columns(), terms,
                result.source(), result.verified());
    }

    private IndexResponse index(String code, JsonNode body) {
        Errors errors = new MapBindingResult(new HashMap<>(), "inputs");
        if (body == null || !body.isObject()) {
            errors.reject("validation.unreadable");
            throw new InvalidInputException(errors);
        }
        MethodologyProfile profile = profile(body.get(PROFILE), errors);
        Map<String, Object> inputs = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getKey().equals(PROFILE) || field.getValue().isNull()) {
                continue;
            }
            JsonNode value = field.getValue();
            if (value.isNumber()) {
                inputs.put(field.getKey(), value.asDouble());
            }
            else if (value.isBoolean()) {
                inputs.put(field.getKey(), value.asBoolean());
            }
            else if (value.isString()) {
                inputs.put(field.getKey(), value.asString());
            }
            else {
                errors.rejectValue(field.getKey(), "validation.type");
            }
        }
        if (errors.hasErrors()) {
            throw new InvalidInputException(errors);
        }
        try {
            IndexResult result = new IndexCalculator(profile).calculate(code, inputs);
            return IndexResponse.of(result);
        }
        catch (InvalidInputsException e) {
            for (InputError error : e.errors()) {
                errors.rejectValue(error.input(), "methodology.input." + error.code(),
                        new Object[] { String.join(", ", error.arguments()) }, null);
            }
            throw new InvalidInputException(errors);
        }
    }

    private MethodologyProfile profile(JsonNode requested, Errors errors) {
        if (requested == null || requested.isNull()) {
            return profiles.defaultProfile();
        }
        JsonNode id = requested.get("id");
        JsonNode version = requested.get("version");
        if (id == null || !id.isString() || (version != null && !version.isIntegralNumber())) {
            errors.rejectValue(PROFILE, "methodology.profile.unknown");
            return profiles.defaultProfile();
        }
        return profiles.find(id.asString(), version == null ? null : version.asInt()).orElseGet(() -> {
            errors.rejectValue(PROFILE, "methodology.profile.unknown");
            return profiles.defaultProfile();
        });
    }

    private static void count(Long value, String field, Errors errors) {
        if (value == null) {
            errors.rejectValue(field, "validation.required");
        }
        else if (value < 0) {
            errors.rejectValue(field, "validation.notNegative");
        }
    }

    /**
     * The GISTM result as the API returns it.
     *
     * @param consequenceClass the class, one of LOW, SIGNIFICANT, HIGH, VERY_HIGH, EXTREME
     * @param profile the classification table used
     * @param columns each column's contribution
     * @param terms the same as a derivation trail; points are the class rank (0 = LOW … 4 = EXTREME)
     * @param source where the thresholds come from
     * @param verified whether the thresholds were checked against the standard's text
     */
    record GistmResponse(@JsonProperty("class") ConsequenceClass consequenceClass, ProfileId profile,
            List<GistmResult.Column> columns, List<IndexResponse.TermResponse> terms, String source, boolean verified) {
    }

    /**
     * The input of the GISTM calculator.
     *
     * @param populationAtRisk people in the area a failure could affect (required)
     * @param potentialLossOfLife expected fatalities (required)
     * @param environment the assessor's class for the environment column (optional)
     * @param healthSocialCultural the class for health, social and cultural effects (optional)
     * @param infrastructureEconomics the class for infrastructure and economic losses (optional)
     */
    record GistmRequest(Long populationAtRisk, Long potentialLossOfLife, ConsequenceClass environment,
            ConsequenceClass healthSocialCultural, ConsequenceClass infrastructureEconomics) {
    }

}

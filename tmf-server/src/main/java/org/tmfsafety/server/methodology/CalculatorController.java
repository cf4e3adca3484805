package org.tmfsafety.server.methodology;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tmfsafety.methodology.facility.DamCondition;
import org.tmfsafety.methodology.facility.FloodHazard;
import org.tmfsafety.methodology.facility.ManagementStatus;
import org.tmfsafety.methodology.facility.SeismicHazard;
import org.tmfsafety.methodology.facility.TransboundarySetting;
import org.tmfsafety.methodology.facility.WaterHazardClass;
import org.tmfsafety.methodology.index.IndexCalculator;
import org.tmfsafety.methodology.index.IndexResult;
import org.tmfsafety.methodology.index.InputError;
import org.tmfsafety.methodology.index.InvalidInputsException;
import org.tmfsafety.methodology.profile.MethodologyProfile;
import org.tmfsafety.methodology.profile.TermDefinition;
import org.tmfsafety.server.system.LenientNumberEditor;

/**
 * The THI/TRI calculator page, like the UNECE spreadsheet but explained: the inputs, then both indices
 * with every term's points and basis. A GET form, so that a calculation can be shared as a link.
 */
@Controller
class CalculatorController {

    private final MethodologyProfiles profiles;

    CalculatorController(MethodologyProfiles profiles) {
        this.profiles = profiles;
    }

    @InitBinder("calculator")
    void initBinder(WebDataBinder binder) {
        binder.registerCustomEditor(Double.class, new LenientNumberEditor(false));
    }

    @GetMapping("/methodology/calculator")
    String calculate(@ModelAttribute("calculator") CalculatorForm form, BindingResult binding, Model model) {
        MethodologyProfile profile = profiles.defaultProfile();
        model.addAttribute("profile", profile);
        model.addAttribute("waterHazardClasses", WaterHazardClass.values());
        model.addAttribute("managementStatuses", ManagementStatus.values());
        model.addAttribute("floodHazards", FloodHazard.values());
        model.addAttribute("seismicHazards", SeismicHazard.values());
        model.addAttribute("damConditions", DamCondition.values());
        model.addAttribute("transboundarySettings", TransboundarySetting.values());
        if (!form.isSubmitted() || binding.hasErrors()) {
            return "methodology/calculator";
        }
        IndexCalculator calculator = new IndexCalculator(profile);
        List<IndexResult> results = new ArrayList<>();
        for (String code : List.of("THI", "TRI")) {
            Set<String> reads = profile.allTerms(profile.index(code).orElseThrow())
                .stream()
                .map(TermDefinition::input)
                .collect(Collectors.toSet());
            Map<String, Object> inputs = new HashMap<>(form.inputs());
            inputs.keySet().retainAll(reads);
            try {
                results.add(calculator.calculate(code, inputs));
            }
            catch (InvalidInputsException e) {
                for (InputError error : e.errors()) {
                    if (!binding.hasFieldErrors(error.input())) {
                        binding.rejectValue(error.input(), "methodology.input." + error.code(),
                                new Object[] { String.join(", ", error.arguments()) }, null);
                    }
                }
                return "methodology/calculator";
            }
        }
        model.addAttribute("results", results);
        return "methodology/calculator";
    }

}

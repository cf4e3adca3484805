package org.tmfsafety.server.accident;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tmfsafety.methodology.dambreak.DamBreakModel;
import org.tmfsafety.methodology.dambreak.DamBreakModels;
import org.tmfsafety.methodology.dambreak.DamBreakResult;
import org.tmfsafety.methodology.dambreak.LogErrors;
import org.tmfsafety.server.system.SvgCharts;

/**
 * The dam-break screening models (E4, E5) measured against the failures in the database, as in
 * docs/methodology/dam-break.md: released volume on failures with stored and released volume (V_F ≤ V_T), runout
 * (E4 then E5) on those that also have dam height and runout.
 */
@Component
class DamBreakValidation {

    private final MessageSource messages;

    DamBreakValidation(MessageSource messages) {
        this.messages = messages;
    }

    /** The errors of one model; null where no failure has the data. */
    record ModelErrors(String model, LogErrors released, LogErrors runout) {
    }

    /** Every model's errors and the estimate-versus-record plots of released volume and runout. */
    record Result(int releasedCount, int runoutCount, List<ModelErrors> models, SvgCharts.Scatter released,
            SvgCharts.Scatter runout) {
    }

    Result measure(List<Accident> accidents, Locale locale) {
        List<Accident> withRelease = accidents.stream()
            .filter(a -> positive(a.storageVolumeM3()) && positive(a.releasedVolumeM3())
                    && a.releasedVolumeM3() <= a.storageVolumeM3() && positive(a.damHeightM()))
            .toList();
        List<Accident> withRunout = withRelease.stream().filter(a -> positive(a.runoutKm())).toList();
        List<ModelErrors> errors = new ArrayList<>();
        List<SvgCharts.Datum> released = new ArrayList<>();
        List<SvgCharts.Datum> runout = new ArrayList<>();
        for (DamBreakModel model : DamBreakModels.all()) {
            List<DamBreakResult> releaseEstimates = withRelease.stream()
                .map(a -> model.screen(a.storageVolumeM3(), a.damHeightM()))
                .toList();
            List<DamBreakResult> runoutEstimates = withRunout.stream()
                .map(a -> model.screen(a.storageVolumeM3(), a.damHeightM()))
                .toList();
            errors.add(new ModelErrors(model.id(),
                    withRelease.isEmpty() ? null : LogErrors.of(
                            releaseEstimates.stream().mapToDouble(DamBreakResult::releasedVolumeM3).toArray(),
                            withRelease.stream().mapToDouble(Accident::releasedVolumeM3).toArray()),
                    withRunout.isEmpty() ? null : LogErrors.of(
                            runoutEstimates.stream().mapToDouble(DamBreakResult::runoutKm).toArray(),
                            withRunout.stream().mapToDouble(Accident::runoutKm).toArray())));
            String css = "chart-point-model-" + model.id();
            for (int i = 0; i < withRelease.size(); i++) {
                Accident a = withRelease.get(i);
                released.add(new SvgCharts.Datum(a.releasedVolumeM3(), releaseEstimates.get(i).releasedVolumeM3(),
                        title(a, model), "/accidents/" + a.id(), css));
            }
            for (int i = 0; i < withRunout.size(); i++) {
                Accident a = withRunout.get(i);
                runout.add(new SvgCharts.Datum(a.runoutKm(), runoutEstimates.get(i).runoutKm(), title(a, model),
                        "/accidents/" + a.id(), css));
            }
        }
        return new Result(withRelease.size(), withRunout.size(), errors,
                SvgCharts.logScatter(released, text("accident.validation.recordedRelease", locale),
                        text("accident.validation.estimatedRelease", locale), locale, true, 1, 2, 0.5),
                SvgCharts.logScatter(runout, text("accident.validation.recordedRunout", locale),
                        text("accident.validation.estimatedRunout", locale), locale, true, 1, 2, 0.5));
    }

    private static String title(Accident accident, DamBreakModel model) {
        return accident.facilityName() + " (" + accident.year() + "), " + model.id();
    }

    private static boolean positive(Double value) {
        return value != null && value > 0 && Double.isFinite(value);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

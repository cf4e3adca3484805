package org.tmfsafety.methodology.annex1;

import java.util.ArrayList;
import java.util.List;

import org.tmfsafety.methodology.profile.ProfileId;

/**
 * Screens quantities against Annex I: E9 r_i = q_i / Q_i, with Q_i the Part II threshold of a named
 * substance, otherwise the Part I threshold of its category; the activity is hazardous when any r_i ≥ 1.
 * E10 (provisional): it is also reported hazardous by aggregation when Σ r_i ≥ 1.
 */
public final class Annex1Screener {

    private final Annex1List list;

    public Annex1Screener(Annex1List list) {
        this.list = list;
    }

    /**
     * A quantity of one dangerous substance present at the activity.
     *
     * @param substance a Part II code, or null
     * @param category a Part I code, used when no Part II substance is given
     * @param quantityTonnes the maximum quantity present, in tonnes
     */
    public record Item(String substance, String category, double quantityTonnes) {
    }

    /**
     * The comparison of one item with its threshold.
     *
     * @param item the item
     * @param basis {@code PART_II} or {@code PART_I}
     * @param code the entry compared with
     * @param thresholdTonnes Q
     * @param ratio q / Q
     * @param source the threshold's source, or null
     * @param provisionalReason why the threshold is provisional, or null
     */
    public record ItemResult(Item item, String basis, String code, double thresholdTonnes, double ratio, String source,
            String provisionalReason) {
    }

    /**
     * The screening result.
     *
     * @param list the threshold list and version used
     * @param items one result per item
     * @param maxRatio the largest ratio
     * @param sumOfRatios Σ q/Q
     * @param hazardous whether any single quantity reaches its threshold (E9)
     * @param hazardousByAggregation whether Σ q/Q ≥ 1 (E10, provisional)
     * @param aggregationProvisionalReason why E10 is provisional
     */
    public record Result(ProfileId list, List<ItemResult> items, double maxRatio, double sumOfRatios, boolean hazardous,
            boolean hazardousByAggregation, String aggregationProvisionalReason) {
    }

    /**
     * Screens.
     * @throws IllegalArgumentException with the index of the first item that names no known entry or has
     * a quantity that is not a finite number of 0 or more
     */
    public Result screen(List<Item> items) {
        List<ItemResult> results = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            Annex1List.Entry entry = item.substance() != null ? list.substances().get(item.substance())
                    : item.category() != null ? list.categories().get(item.category()) : null;
            if (entry == null || !Double.isFinite(item.quantityTonnes()) || item.quantityTonnes() < 0) {
                throw new IllegalArgumentException(String.valueOf(i));
            }
            results.add(new ItemResult(item, item.substance() != null ? "PART_II" : "PART_I", entry.code(),
                    entry.thresholdTonnes(), item.quantityTonnes() / entry.thresholdTonnes(), entry.provenance().source(),
                    entry.provenance().provisionalReason()));
        }
        double max = results.stream().mapToDouble(ItemResult::ratio).max().orElse(0);
        double sum = results.stream().mapToDouble(ItemResult::ratio).sum();
        return new Result(list.id(), List.copyOf(results), max, sum, max >= 1, sum >= 1,
                list.aggregation().provisionalReason());
    }

}

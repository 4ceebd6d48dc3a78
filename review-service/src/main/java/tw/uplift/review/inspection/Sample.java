package tw.uplift.review.inspection;

import java.util.List;
import java.util.Objects;

/**
 * The measures a routine check looks at (抽查項目), and how they were drawn, so anyone can draw the same sample again
 * from the same plan and seed.
 *
 * @param method     how they were drawn
 * @param seed       the random seed, or null for a hand-picked sample
 * @param size       how many were asked for: in all ({@code RANDOM}), per dimension ({@code STRATIFIED}), or the
 *                   number picked ({@code HAND_PICKED})
 * @param measureIds the measures, in plan order
 */
public record Sample(SamplingMethod method, Long seed, int size, List<String> measureIds) {

    public Sample {
        Objects.requireNonNull(method, "method");
        measureIds = List.copyOf(measureIds);
    }

    public boolean includes(String measureId) {
        return measureIds.contains(measureId);
    }
}

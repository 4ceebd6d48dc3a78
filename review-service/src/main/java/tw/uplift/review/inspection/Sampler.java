package tw.uplift.review.inspection;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanContentSnapshot.Dimension;
import tw.uplift.platform.domain.InvalidInput;

/**
 * Draws a routine check's sample from a plan's content. The draw depends only on the plan's measures in plan order,
 * the size and the seed: {@link SplittableRandom}'s algorithm is fixed by its specification and
 * {@link Collections#shuffle(List, java.util.random.RandomGenerator)} documents its traversal, so the same seed
 * gives the same sample on any JVM, years later.
 */
public final class Sampler {

    private Sampler() {
    }

    /**
     * The sample this request draws from the plan.
     *
     * @param seedIfNone the seed to use when the request brings none (the caller's random source), recorded in the
     *                   sample
     * @throws InvalidInput naming {@code size} when it is missing or below 1 for a random draw, {@code measureIds}
     *         when a hand-picked sample is empty or names a measure the plan does not have, {@code method} when it is
     *         missing
     */
    public static Sample draw(PlanContentSnapshot plan, SampleRequest request, long seedIfNone) {
        if (request.method() == null) {
            throw InvalidInput.of("method", "choose how to sample: RANDOM, STRATIFIED or HAND_PICKED");
        }
        List<String> inPlanOrder = measuresOf(plan.dimensions());
        if (request.method() == SamplingMethod.HAND_PICKED) {
            return handPicked(inPlanOrder, request.measureIds());
        }
        if (request.size() == null || request.size() < 1) {
            throw InvalidInput.of("size", "the sample size must be at least 1");
        }
        long seed = request.seed() != null ? request.seed() : seedIfNone;
        SplittableRandom random = new SplittableRandom(seed);
        Set<String> drawn = new LinkedHashSet<>();
        if (request.method() == SamplingMethod.RANDOM) {
            drawn.addAll(firstOfShuffled(inPlanOrder, request.size(), random));
        } else {
            for (Dimension dimension : plan.dimensions()) {
                drawn.addAll(firstOfShuffled(measuresOf(List.of(dimension)), request.size(), random));
            }
        }
        List<String> sampled = inPlanOrder.stream().filter(drawn::contains).toList();
        return new Sample(request.method(), seed, request.size(), sampled);
    }

    private static Sample handPicked(List<String> inPlanOrder, List<String> picked) {
        if (picked.isEmpty()) {
            throw InvalidInput.of("measureIds", "pick at least one measure");
        }
        for (String id : picked) {
            if (!inPlanOrder.contains(id)) {
                throw InvalidInput.of("measureIds", "the plan has no measure " + id);
            }
        }
        List<String> sampled = inPlanOrder.stream().filter(picked::contains).toList();
        return new Sample(SamplingMethod.HAND_PICKED, null, sampled.size(), sampled);
    }

    private static List<String> firstOfShuffled(List<String> ids, int count, SplittableRandom random) {
        List<String> shuffled = new ArrayList<>(ids);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /** Every measure's id, in plan order. */
    public static List<String> measuresOf(List<Dimension> dimensions) {
        return dimensions.stream().flatMap(d -> d.focusAreas().stream()).flatMap(f -> f.measures().stream())
                .map(PlanContentSnapshot.Measure::id).toList();
    }
}

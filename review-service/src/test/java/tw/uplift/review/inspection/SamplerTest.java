package tw.uplift.review.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanContentSnapshot.Dimension;
import tw.uplift.contracts.plan.PlanContentSnapshot.FocusArea;
import tw.uplift.contracts.plan.PlanContentSnapshot.Measure;
import tw.uplift.platform.domain.InvalidInput;

class SamplerTest {

    /** Three dimensions of 8, 5 and 2 measures (d1-m1 … d3-m2), like a mid-sized plan. */
    private static final PlanContentSnapshot PLAN = new PlanContentSnapshot(List.of(
            dimension("一", 8), dimension("二", 5), dimension("三", 2)));

    @Test
    void theSameSeedDrawsTheSameSampleAgainAndTheSampleRecordsIt() {
        Sample first = Sampler.draw(PLAN, new SampleRequest(SamplingMethod.RANDOM, 5, null, null), 424242L);
        Sample again = Sampler.draw(PLAN, new SampleRequest(SamplingMethod.RANDOM, 5, first.seed(), null), 1L);

        assertThat(first.seed()).isEqualTo(424242L);
        assertThat(again).isEqualTo(first);
        assertThat(first.measureIds()).hasSize(5).doesNotHaveDuplicates()
                .as("in plan order").isSortedAccordingTo((a, b) -> order(a) - order(b));
    }

    @Test
    void aDrawIsPinnedSoItStaysReproducibleAcrossReleases() {
        // If this changes, samples recorded with their seeds could no longer be drawn again: never change it.
        assertThat(Sampler.draw(PLAN, new SampleRequest(SamplingMethod.RANDOM, 4, 20260301L, null), 0).measureIds())
                .isEqualTo(Sampler.draw(PLAN, new SampleRequest(SamplingMethod.RANDOM, 4, 20260301L, null), 9)
                        .measureIds())
                .containsExactlyElementsOf(PINNED);
    }

    /** What seed 20260301 draws (size 4) from {@link #PLAN}; see the test above. */
    private static final List<String> PINNED = List.of("一-m3", "一-m5", "一-m8", "二-m4");

    @Test
    void differentSeedsDrawDifferentSamplesAndEveryMeasureCanBeDrawn() {
        Set<List<String>> samples = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (long seed = 1; seed <= 200; seed++) {
            Sample sample = Sampler.draw(PLAN, new SampleRequest(SamplingMethod.RANDOM, 3, seed, null), 0);
            samples.add(sample.measureIds());
            seen.addAll(sample.measureIds());
        }
        assertThat(samples).as("200 seeds, 455 possible samples").hasSizeGreaterThan(100);
        assertThat(seen).hasSize(15);
    }

    @Test
    void stratifiedDrawsThatManyFromEveryDimensionAndAllOfASmallOne() {
        Sample sample = Sampler.draw(PLAN, new SampleRequest(SamplingMethod.STRATIFIED, 3, 7L, null), 0);

        assertThat(sample.measureIds()).hasSize(3 + 3 + 2);
        assertThat(sample.measureIds().stream().filter(id -> id.startsWith("一-"))).hasSize(3);
        assertThat(sample.measureIds().stream().filter(id -> id.startsWith("二-"))).hasSize(3);
        assertThat(sample.measureIds()).contains("三-m1", "三-m2");
        assertThat(Sampler.draw(PLAN, new SampleRequest(SamplingMethod.STRATIFIED, 3, 7L, null), 0)).isEqualTo(sample);
    }

    @Test
    void aSampleLargerThanThePlanTakesEveryMeasure() {
        assertThat(Sampler.draw(PLAN, new SampleRequest(SamplingMethod.RANDOM, 99, 3L, null), 0).measureIds())
                .hasSize(15);
    }

    @Test
    void handPickedKeepsThePlanOrderAndRefusesUnknownMeasures() {
        Sample picked = Sampler.draw(PLAN, new SampleRequest(SamplingMethod.HAND_PICKED, null, null,
                List.of("三-m1", "一-m2")), 5L);
        assertThat(picked.measureIds()).containsExactly("一-m2", "三-m1");
        assertThat(picked.seed()).isNull();

        assertThatThrownBy(() -> Sampler.draw(PLAN, new SampleRequest(SamplingMethod.HAND_PICKED, null, null,
                List.of("nope")), 5L)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems().getFirst().field()).isEqualTo("measureIds"));
        assertThatThrownBy(() -> Sampler.draw(PLAN, new SampleRequest(SamplingMethod.HAND_PICKED, null, null,
                List.of()), 5L)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aRandomDrawNeedsASizeAndAMethod() {
        assertThatThrownBy(() -> Sampler.draw(PLAN, new SampleRequest(SamplingMethod.RANDOM, 0, 1L, null), 0))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("size"));
        assertThatThrownBy(() -> Sampler.draw(PLAN, new SampleRequest(null, 3, 1L, null), 0))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("method"));
    }

    private static int order(String id) {
        return Sampler.measuresOf(PLAN.dimensions()).indexOf(id);
    }

    private static Dimension dimension(String code, int measures) {
        List<Measure> list = new ArrayList<>();
        IntStream.rangeClosed(1, measures).forEach(i -> list.add(new Measure(code + "-m" + i, String.valueOf(i),
                "作法" + i, null, List.of("秘書室"), "12月31日前", null, null, null)));
        return new Dimension(code, "要項" + code, List.of(new FocusArea("(一)", "重點", list)));
    }
}

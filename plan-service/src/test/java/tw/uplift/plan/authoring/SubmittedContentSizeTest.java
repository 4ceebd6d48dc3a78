package tw.uplift.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.plan.importing.PlanImport;
import tw.uplift.planimport.examples.ExamplePlan;

class SubmittedContentSizeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static int jsonBytes(PlanContentSnapshot content) {
        return JSON.writeValueAsString(content).getBytes(StandardCharsets.UTF_8).length;
    }

    private static PlanContentSnapshot submittedContentOf(Plan plan) {
        plan.submit(Plans.CIVIL_AFFAIRS, "clerk", Plans.NOW);
        return ((PlanSubmitted) plan.pendingEvents().getLast().payload()).content();
    }

    @ParameterizedTest
    @EnumSource(ExamplePlan.class)
    void theExamplePlansAreEstimatedFromAboveAndFarBelowTheLimit(ExamplePlan example) {
        PlanImport importing = new PlanImport(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
        PlanImport.Draft draft = importing.draftOf(importing.preview(example.fileName(), example.bytes()), null);
        Plan plan = Plan.draft("p-" + example.name(), Plans.CIVIL_AFFAIRS.id(), draft.rocYear(),
                PlanContent.text(draft.rocYear(), draft.text()), "clerk", Plans.NOW);

        PlanContentSnapshot content = submittedContentOf(plan);

        assertThat(SubmittedContentSize.estimate(content)).isGreaterThanOrEqualTo(jsonBytes(content))
                .isLessThan(SubmittedContentSize.LIMIT / 8);
    }

    @Test
    void escapesSurrogatePairsAndNullsAreCountedFromAbove() {
        String awkward = "「引號\"與\\反斜線」\n\t第二行 😀 \u0001 café";
        PlanContentSnapshot content = new PlanContentSnapshot(List.of(new PlanContentSnapshot.Dimension("", awkward,
                List.of(new PlanContentSnapshot.FocusArea(awkward, awkward, List.of(
                        new PlanContentSnapshot.Measure("m-1", "", awkward, awkward, List.of(awkward, "秘書室"), awkward,
                                null, null, awkward),
                        new PlanContentSnapshot.Measure("m-2", "2", "t", null, List.of(), null, null, null, null)))))));

        assertThat(SubmittedContentSize.estimate(content)).isGreaterThanOrEqualTo(jsonBytes(content));
        assertThat(SubmittedContentSize.of("")).isEqualTo(2);
        assertThat(SubmittedContentSize.of(null)).isEqualTo(4);
    }
}

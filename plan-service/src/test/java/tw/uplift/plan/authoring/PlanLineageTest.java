package tw.uplift.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.plan.authoring.Plans.NOW;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A measure copied from last year's plan keeps knowing where it came from, whatever the clerk rewrites. */
class PlanLineageTest {

    private static PlanText copied(String title, String deadline) {
        return Plans.text("116年度計畫", PlanContent.build(116, List.of(new PlanContent.DimensionDraft("一", "完備基礎服務",
                List.of(new PlanContent.FocusAreaDraft("(一)", "重點", List.of(new PlanContent.MeasureDraft("m-116",
                        "1", title, null, List.of("秘書室"), deadline, null, List.of(), "m-115", true))))))));
    }

    private static PlanText rewritten(String title, String deadline) {
        return Plans.text("116年度計畫", PlanContent.build(116, List.of(new PlanContent.DimensionDraft("一", "完備基礎服務",
                List.of(new PlanContent.FocusAreaDraft("(一)", "重點", List.of(new PlanContent.MeasureDraft("m-116",
                        "1", title, null, List.of("秘書室"), deadline, null))))))));
    }

    @Test
    void aRevisionThatSaysNothingOfWhereAMeasureCameFromKeepsIt() {
        Plan draft = Plan.draft("p-116", "kcg-civil-affairs", 116, copied("訂定SOP", "3月31日前"), "clerk", NOW);

        draft.revise(rewritten("訂定標準作業流程", "6月30日前"));

        Measure measure = draft.findMeasure("m-116").orElseThrow();
        assertThat(measure.title()).isEqualTo("訂定標準作業流程");
        assertThat(measure.previousId()).isEqualTo("m-115");
        assertThat(measure.carriedOver()).isTrue();
    }

    @Test
    void anAmendmentKeepsWhereAMeasureCameFromToo() {
        Plan plan = Plan.draft("p-116", "kcg-civil-affairs", 116, copied("訂定SOP", "3月31日前"), "clerk", NOW);
        plan.submit(Plans.CIVIL_AFFAIRS, "head", NOW);
        plan.applyDecision(Plans.approval("p-116", 1), Plans.fromTask("task-1", 1), Plans.PUBLIC_URL, NOW);

        plan.amend(rewritten("訂定SOP", "6月30日前"), "修改 1 項", "clerk", NOW);

        assertThat(plan.findMeasure("m-116").orElseThrow().previousId()).isEqualTo("m-115");
        assertThat(plan.findMeasure("m-116").orElseThrow().carriedOver()).isTrue();
    }
}

package tw.uplift.plan.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.plan.authoring.PlanHeader;
import tw.uplift.plan.authoring.PlanText;
import tw.uplift.plan.history.YearComparison.Match;

class YearComparisonTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");

    private static PlanContent.MeasureDraft measure(String id, String code, String title, String previousId,
            boolean carriedOver) {
        return new PlanContent.MeasureDraft(id, code, title, null, List.of("秘書室"), "12月31日前", null, List.of(),
                previousId, carriedOver);
    }

    private static Plan plan(String id, int rocYear, List<PlanContent.DimensionDraft> dimensions) {
        PlanText text = new PlanText(rocYear + "年度提升服務執行計畫", null, PlanHeader.EMPTY,
                PlanContent.build(rocYear, dimensions));
        return Plan.draft(id, "kcg-civil-affairs", rocYear, text, "clerk", NOW);
    }

    private static PlanContent.DimensionDraft dimension(String code, String title, PlanContent.MeasureDraft... measures) {
        return new PlanContent.DimensionDraft(code, title, List.of(new PlanContent.FocusAreaDraft("(一)", "重點",
                List.of(measures))));
    }

    private final Plan lastYear = plan("p-114", 114, List.of(
            dimension("一", "完備基礎服務", measure("m-sop", "1", "訂定SOP", null, false),
                    measure("m-open", "2", "服務資訊公開", null, false),
                    measure("m-old", "3", "紙本申請", null, false)),
            dimension("二", "提升服務量能", measure("m-train", "1", "辦理教育訓練", null, false))));

    @Test
    void matchesMeasuresByWhereTheyWereCopiedFromAndSaysWhatIsNewAndWhatWasDropped() {
        Plan thisYear = plan("p-115", 115, List.of(
                dimension("一", "完備基礎服務", measure("n-sop", "1", "訂定SOP", "m-sop", true),
                        measure("n-open", "2", "服務資訊公開透明", "m-open", false),
                        measure("n-online", "3", "線上申辦", null, false)),
                dimension("二", "提升服務量能", measure("n-train", "1", "辦理教育訓練", null, false))));

        YearComparison comparison = YearComparison.of(thisYear, lastYear);

        assertThat(comparison.older()).isSameAs(lastYear);
        assertThat(comparison.groups()).extracting(YearComparison.Group::dimension)
                .containsExactly("一、完備基礎服務", "二、提升服務量能");
        assertThat(comparison.groups().getFirst().rows()).extracting(r -> r.match(),
                r -> r.older() == null ? null : r.older().measure().id(),
                r -> r.newer() == null ? null : r.newer().measure().id())
                .containsExactly(tuple(Match.CARRIED_OVER, "m-sop", "n-sop"), tuple(Match.CONTINUED, "m-open", "n-open"),
                        tuple(Match.NEW, null, "n-online"), tuple(Match.DROPPED, "m-old", null));
        assertThat(comparison.groups().getLast().rows()).singleElement()
                .satisfies(r -> assertThat(r.match()).as("written anew, under the same name").isEqualTo(Match.SAME_NAME));
        assertThat(comparison.counts()).containsEntry(Match.CARRIED_OVER, 1).containsEntry(Match.CONTINUED, 1)
                .containsEntry(Match.SAME_NAME, 1).containsEntry(Match.NEW, 1).containsEntry(Match.DROPPED, 1);
    }

    @Test
    void aMeasureMovedToAnotherDimensionSitsUnderItsNewOneAndSaysWhereItWas() {
        Plan thisYear = plan("p-115", 115, List.of(
                dimension("一", "完備基礎服務", measure("n-sop", "1", "訂定SOP", "m-sop", true)),
                dimension("二", "提升服務量能", measure("n-open", "1", "服務資訊公開", "m-open", true))));

        YearComparison comparison = YearComparison.of(lastYear, thisYear);

        YearComparison.Row moved = comparison.groups().get(1).rows().getFirst();
        assertThat(moved.newer().measure().id()).isEqualTo("n-open");
        assertThat(moved.moved()).isTrue();
        assertThat(moved.older().dimension()).isEqualTo("一、完備基礎服務");
        assertThat(comparison.groups().getFirst().rows()).extracting(YearComparison.Row::match)
                .containsExactly(Match.CARRIED_OVER, Match.DROPPED);
    }

    @Test
    void aDimensionOnlyLastYearHadComesLastWithItsDroppedMeasures() {
        Plan thisYear = plan("p-115", 115, List.of(
                dimension("一", "完備基礎服務", measure("n-sop", "1", "訂定SOP", "m-sop", false))));

        YearComparison comparison = YearComparison.of(thisYear, lastYear);

        assertThat(comparison.groups()).extracting(YearComparison.Group::dimension)
                .containsExactly("一、完備基礎服務", "二、提升服務量能");
        assertThat(comparison.groups().getLast().rows()).extracting(YearComparison.Row::match)
                .containsExactly(Match.DROPPED);
    }
}

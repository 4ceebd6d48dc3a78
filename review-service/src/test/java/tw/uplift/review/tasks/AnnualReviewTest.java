package tw.uplift.review.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.review.AnnualReviewScored;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.PendingEvent;
import tw.uplift.review.scoring.FinalScore;
import tw.uplift.review.scoring.GradeBands;
import tw.uplift.review.scoring.Rubric;
import tw.uplift.review.scoring.ScoreSheet;
import tw.uplift.review.scoring.Spread;

class AnnualReviewTest {

    /** The plan of {@link ReviewTasks} has one dimension: the rubric has one criterion worth 100. */
    private static final Rubric RUBRIC = Rubric.of(List.of(new Rubric.Dimension("一", "完備基礎服務項目")), Map.of());

    private static ReviewTask review() {
        ReviewTask task = ReviewTask.ofPlanYear("annual-1", ReviewTaskKind.ANNUAL_REVIEW,
                new PlanRevision("plan-1", 115, 2, "高雄市政府民政局115年度提升服務執行計畫",
                        ReviewTasks.SUBMITTED_CONTENT), ReviewTasks.CIVIL_AFFAIRS, null, null, ReviewTasks.NOW);
        task.assignTo("reviewer", "王審查", ReviewTasks.NOW);
        return task;
    }

    private static ScoreSheet sheet(String reviewer, double score) {
        return ScoreSheet.filledIn(RUBRIC, reviewer, reviewer, List.of(score), null, ReviewTasks.NOW);
    }

    @Test
    void severalReviewersScoreOneSheetEachAndTheAssigneeFinalisesTheMean() {
        ReviewTask task = review();
        task.submitScore(sheet("reviewer", 70), ReviewTasks.NOW);
        task.submitScore(sheet("lead", 86), ReviewTasks.NOW);
        task.submitScore(sheet("reviewer3", 88), ReviewTasks.NOW);
        task.submitScore(sheet("reviewer", 84), ReviewTasks.NOW);
        task.submitScore(sheet("reviewer4", 60), ReviewTasks.NOW);

        assertThat(task.scoreSheets()).extracting(ScoreSheet::reviewerId)
                .containsExactly("reviewer", "lead", "reviewer3", "reviewer4");
        Map<String, Double> totals = new java.util.LinkedHashMap<>();
        task.scoreSheets().forEach(s -> totals.put(s.reviewerId(), s.total(RUBRIC)));
        assertThat(Spread.of(totals, 10).outliers()).containsExactly("reviewer4");

        task.finaliseScore("reviewer", FinalScore.of(task.scoreSheets(), RUBRIC, GradeBands.DEFAULT),
                ReviewTasks.NOW);

        assertThat(task.finalScore()).isEqualTo(79.5);
        assertThat(task.grade()).isEqualTo("乙等");
        assertThat(task.outcome()).isEqualTo(ReviewTask.SCORED);
        List<Object> events = task.pendingEvents().stream().map(PendingEvent::payload).map(Object.class::cast)
                .filter(e -> e instanceof AnnualReviewScored || e instanceof ReviewTaskCompleted).toList();
        assertThat(events).hasSize(2);
        AnnualReviewScored scored = (AnnualReviewScored) events.get(0);
        assertThat(scored.aggregateId()).isEqualTo("annual-1");
        assertThat(scored.rocYear()).isEqualTo(115);
        assertThat(scored.score()).isEqualTo(79.5);
        assertThat(scored.grade()).isEqualTo("乙等");
        assertThat(((ReviewTaskCompleted) events.get(1)).outcome()).isEqualTo("SCORED");
    }

    @Test
    void onlyTheAssigneeFinalisesAndOnlyWithASheet() {
        ReviewTask task = review();
        assertThatThrownBy(() -> task.finaliseScore("reviewer", null, ReviewTasks.NOW))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("scores"));
        task.submitScore(sheet("lead", 90), ReviewTasks.NOW);
        FinalScore score = FinalScore.of(task.scoreSheets(), RUBRIC, GradeBands.DEFAULT);
        assertThatThrownBy(() -> task.finaliseScore("lead", score, ReviewTasks.NOW))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("only the assigned reviewer");
        assertThat(task.pendingEvents()).noneMatch(e -> e.payload() instanceof AnnualReviewScored);
    }

    @Test
    void noSheetChangesOnceFinalised() {
        ReviewTask task = review();
        task.submitScore(sheet("reviewer", 90), ReviewTasks.NOW);
        task.finaliseScore("reviewer", FinalScore.of(task.scoreSheets(), RUBRIC, GradeBands.DEFAULT),
                ReviewTasks.NOW);
        assertThatThrownBy(() -> task.submitScore(sheet("reviewer", 10), ReviewTasks.NOW))
                .isInstanceOf(RuleViolationException.class);
        assertThat(task.scoreSheets()).extracting(ScoreSheet::scores).containsExactly(List.of(90.0));
    }

    @Test
    void aRoutineCheckTakesNoScores() {
        ReviewTask check = ReviewTask.ofPlanYear("check-1", ReviewTaskKind.ROUTINE_CHECK,
                new PlanRevision("plan-1", 115, 2, null, ReviewTasks.SUBMITTED_CONTENT), ReviewTasks.CIVIL_AFFAIRS,
                null, null, ReviewTasks.NOW);
        assertThatThrownBy(() -> check.submitScore(sheet("reviewer", 90), ReviewTasks.NOW))
                .isInstanceOf(RuleViolationException.class);
    }
}

package tw.uplift.review.tasks.annual;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.plan.AnnualResultsSubmitted;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.scoring.FinalScore;
import tw.uplift.review.scoring.Grade;
import tw.uplift.review.scoring.GradeBands;
import tw.uplift.review.scoring.Rubric;
import tw.uplift.review.scoring.ScoreSheet;
import tw.uplift.review.scoring.Spread;
import tw.uplift.review.tasks.AgencyUnderReview;
import tw.uplift.review.tasks.PlanRevision;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;

/**
 * Opens annual reviews (年度查核) and takes their score sheets and final scores. Every change goes through the task's
 * own update, so a final score and the events it records are stored together.
 */
@Service
public class AnnualReviews {

    private static final Logger log = LoggerFactory.getLogger(AnnualReviews.class);

    /** What of the handed-in results an annual review is, as part of the task's derived id. */
    static final String ANNUAL_REVIEW = "annual-review";

    private final ReviewTaskService tasks;
    private final AnnualReviewProperties properties;
    private final GradeBands bands;
    /** {@code uplift.review.annual.score{body, grade}}: final scores, so an operator sees how a year's grades fall. */
    private final Meter.MeterProvider<DistributionSummary> scores;

    public AnnualReviews(ReviewTaskService tasks, AnnualReviewProperties properties, MeterRegistry meters) {
        this.tasks = tasks;
        this.properties = properties;
        this.bands = properties.bands();
        this.scores = DistributionSummary.builder("uplift.review.annual.score")
                .description("final scores of annual reviews, by supervising body and grade").withRegistry(meters);
    }

    /**
     * An agency handed in its annual results: open the plan's annual review from the latest approved revision this
     * service decided, and assign it by the rule. A redelivered event derives the same id and opens nothing. When no
     * approval is known (the plan was approved before this service kept content, or elsewhere) the review opens
     * without content and its reason says so: the lead sees it and can cancel it and open one by hand later.
     */
    public void onResultsSubmitted(String eventId, Instant eventTime, AnnualResultsSubmitted results) {
        String id = DerivedId.of(eventId, ANNUAL_REVIEW);
        if (tasks.exists(id)) {
            log.debug("annual review {} already opened from event {}; redelivery ignored", id, eventId);
            return;
        }
        Instant at = results.submittedAt() != null ? results.submittedAt() : eventTime != null ? eventTime
                : tasks.now();
        LocalDate due = tasks.workingDaysAfter(at, properties.workingDays());
        ReviewTask review = tasks.latestApproval(results.planId())
                .map(approval -> ReviewTask.ofPlanYear(id, ReviewTaskKind.ANNUAL_REVIEW,
                        new PlanRevision(results.planId(), results.rocYear(), approval.revision(),
                                approval.subjectTitle(), approval.content()),
                        approval.agency(), "annual results submitted", due, tasks.now()))
                .orElseGet(() -> {
                    log.warn("annual review of plan {} (agency {}): no approved revision known; opened without "
                            + "content", results.planId(), results.agencyId());
                    AgencyUnderReview agency = tasks.agencyUnderReview(results.agencyId());
                    return ReviewTask.ofPlanYear(id, ReviewTaskKind.ANNUAL_REVIEW,
                            new PlanRevision(results.planId(), results.rocYear(), 0, null, null), agency,
                            "annual results submitted; no approved revision of the plan is known, so there is "
                                    + "nothing to score against", due, tasks.now());
                });
        tasks.open(review);
    }

    /**
     * A reviewer of the plan's body (or an admin) opens an annual review of its latest approved revision by hand;
     * the assignment rule picks the assignee. One open annual review per plan at a time.
     *
     * @throws NotFoundException when the caller's body approved no such plan
     * @throws RuleViolationException {@code review-open} when the plan has an open annual review
     */
    public ReviewTask open(CurrentUser user, String planId, String reason, LocalDate dueDate) {
        return tasks.openAboutApprovedPlan(user, ReviewTaskKind.ANNUAL_REVIEW, planId, reason, dueDate, "review-open");
    }

    /** The rubric of a review: one criterion per dimension of the approved plan, weighted as configured. */
    public Rubric rubric(ReviewTask task) {
        PlanContentSnapshot content = task.content();
        List<Rubric.Dimension> dimensions = content == null ? List.of() : content.dimensions().stream()
                .map(d -> new Rubric.Dimension(d.code(), d.title())).toList();
        return Rubric.of(dimensions, properties.weights());
    }

    /** The spread of the reviewers' totals on a review so far. */
    public Spread spread(ReviewTask task) {
        Rubric rubric = rubric(task);
        Map<String, Double> totals = new LinkedHashMap<>();
        task.scoreSheets().forEach(s -> totals.put(s.reviewerId(), s.total(rubric)));
        return Spread.of(totals, properties.outlierDistance());
    }

    /**
     * A reviewer hands in their score sheet (the assignee, or another reviewer of the body free to review the
     * agency); handing it in again replaces it, until the review is finalised.
     *
     * @param scores one per dimension in plan order (nulls where none was given)
     * @throws InvalidInput naming {@code scores[<n>]} or {@code comment}; {@code scores} when the plan's content is
     *         not known
     */
    public ReviewTask score(String taskId, CurrentUser user, List<Double> scores, String comment) {
        return tasks.contribute(taskId, user, (task, at) -> {
            requireAnnual(task);
            Rubric rubric = rubric(task);
            if (rubric.size() == 0) {
                throw new RuleViolationException("no-content", "scores", "the approved plan's content is not known");
            }
            task.submitScore(ScoreSheet.filledIn(rubric, user.username(), tasks.nameOf(user), scores, comment, at),
                    at);
        }, "score sheet handed in");
    }

    /**
     * The assignee finalises the review: the final score is the mean of the sheets' weighted totals, graded by the
     * bands; {@code AnnualReviewScored} goes out and the task completes (SCORED).
     */
    public ReviewTask finalise(String taskId, CurrentUser user) {
        ReviewTask done = tasks.work(taskId, user, (task, at) -> {
            requireAnnual(task);
            List<ScoreSheet> sheets = task.scoreSheets();
            task.finaliseScore(user.username(), sheets.isEmpty() ? null : FinalScore.of(sheets, rubric(task), bands),
                    at);
        }, "annual review finalised");
        scores.withTags("body", done.supervisingBodyId() == null ? "unknown" : done.supervisingBodyId(),
                "grade", Grade.ofLabel(done.grade()).map(Grade::name).orElse("unknown")).record(done.finalScore());
        return done;
    }

    /** One agency's place in a plan year's ranking. */
    public record Ranked(int rank, String taskId, String agencyId, String agencyName, String planTitle,
            double score, String grade, Instant scoredAt) {
    }

    /**
     * The finalised annual reviews of a plan year of the caller's body (every body's for an admin), best first.
     * Equal scores share a rank and the next rank skips (1, 2, 2, 4), as published rankings do; ties are listed by
     * agency name.
     */
    public List<Ranked> ranking(CurrentUser user, int rocYear) {
        List<ReviewTask> scored = tasks.completed(user, ReviewTaskKind.ANNUAL_REVIEW, rocYear).stream()
                .filter(t -> ReviewTask.SCORED.equals(t.outcome()) && t.finalScore() != null)
                .sorted(Comparator.comparing(ReviewTask::finalScore, Comparator.reverseOrder())
                        .thenComparing(t -> t.agencyName() == null ? t.agencyId() : t.agencyName()))
                .toList();
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            ReviewTask t = scored.get(i);
            int rank = i > 0 && t.finalScore().equals(scored.get(i - 1).finalScore()) ? ranked.get(i - 1).rank()
                    : i + 1;
            ranked.add(new Ranked(rank, t.getId(), t.agencyId(), t.agencyName(), t.subjectTitle(), t.finalScore(),
                    t.grade(), t.decidedAt()));
        }
        return ranked;
    }

    private static void requireAnnual(ReviewTask task) {
        if (task.kind() != ReviewTaskKind.ANNUAL_REVIEW) {
            throw new RuleViolationException("wrong-kind", "task " + task.getId() + " is not an annual review");
        }
    }
}

package tw.uplift.review.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.scoring.ScoreSheet;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.tasks.annual.AnnualReviews;

/**
 * Annual reviews (年度查核) over the API: opening one by hand, the score sheets of several reviewers with their
 * spread, finalising, and a plan year's ranking.
 */
@RestController
@Tag(name = "annual reviews")
class AnnualReviewController {

    private final AnnualReviews reviews;
    private final ReviewTaskService tasks;
    private final ScoringViews scoring;

    AnnualReviewController(AnnualReviews reviews, ReviewTaskService tasks, ScoringViews scoring) {
        this.reviews = reviews;
        this.tasks = tasks;
        this.scoring = scoring;
    }

    /** {@code POST /api/annual-reviews}: which plan, why, and by when (optional). */
    record OpenReview(@NotBlank @Size(max = 200) String planId, @Size(max = ReviewTask.MAX_REASON) String reason,
            LocalDate dueDate) {
    }

    /** {@code POST …/scores}: one score 0..100 per dimension in plan order, and a comment. */
    record Scores(@Size(max = 100) List<Double> scores, @Size(max = ScoreSheet.MAX_COMMENT) String comment) {
    }

    @PostMapping("/api/annual-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an annual review of a plan my body approved; the assignment rule picks the assignee "
            + "(409 review-open when the plan has an open annual review)")
    ReviewTaskView open(@Valid @RequestBody OpenReview request, CurrentUser user) {
        return ReviewTaskView.of(reviews.open(user, request.planId(), request.reason(), request.dueDate()),
                tasks.today());
    }

    @GetMapping("/api/review-tasks/{id}/scores")
    @Operation(summary = "An annual review's rubric, score sheets, spread with outliers and pre-filled indicators")
    ScoringView scores(@PathVariable String id, CurrentUser user) {
        return scoring.of(tasks.get(id, user));
    }

    @PostMapping("/api/review-tasks/{id}/scores")
    @Operation(summary = "Hand in (or replace) my score sheet: the assignee or any reviewer of the body free to "
            + "review the agency (403 otherwise); 400 naming scores[n] (from 1) for a missing or out-of-range score")
    ScoringView score(@PathVariable String id, @Valid @RequestBody Scores request, CurrentUser user) {
        return scoring.of(reviews.score(id, user, request.scores(), request.comment()));
    }

    @PostMapping("/api/review-tasks/{id}/finalise")
    @Operation(summary = "Finalise (the assignee): the final score is the mean of the sheets' weighted totals, "
            + "graded by the bands; publishes AnnualReviewScored and completes the task (SCORED)")
    ScoringView finalise(@PathVariable String id, CurrentUser user) {
        return scoring.of(reviews.finalise(id, user));
    }

    @GetMapping("/api/annual-reviews/ranking")
    @Operation(summary = "My body's finalised annual reviews of a plan year (ROC), best first")
    List<AnnualReviews.Ranked> ranking(@RequestParam int year, CurrentUser user) {
        if (!RocYear.isValid(year)) {
            throw InvalidInput.of("year", "a plan year (ROC) from " + RocYear.MIN + " to "
                    + RocYear.MAX);
        }
        return reviews.ranking(user, year);
    }
}

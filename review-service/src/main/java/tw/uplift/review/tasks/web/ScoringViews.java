package tw.uplift.review.tasks.web;

import org.springframework.stereotype.Component;
import tw.uplift.review.indicators.IndicatorProjection;
import tw.uplift.review.indicators.Indicators;
import tw.uplift.review.scoring.GradeBands;
import tw.uplift.review.scoring.Rubric;
import tw.uplift.review.scoring.Spread;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.annual.AnnualReviews;

/** Builds an annual review's {@link ScoringView} from the task, its rubric and its spread. */
@Component
class ScoringViews {

    private final AnnualReviews reviews;
    private final IndicatorProjection indicators;

    ScoringViews(AnnualReviews reviews, IndicatorProjection indicators) {
        this.reviews = reviews;
        this.indicators = indicators;
    }

    ScoringView of(ReviewTask task) {
        Rubric rubric = reviews.rubric(task);
        Spread spread = reviews.spread(task);
        boolean any = !task.scoreSheets().isEmpty();
        return new ScoringView(task.getId(), task.rocYear(), task.agencyId(), task.status(), rubric.criteria(),
                task.scoreSheets().stream().map(s -> new ScoringView.Sheet(s.reviewerId(), s.reviewerName(),
                        s.scores(), s.comment(), s.submittedAt(), GradeBands.published(s.total(rubric)),
                        spread.isOutlier(s.reviewerId()))).toList(),
                any ? GradeBands.published(spread.mean()) : null, any ? spread.min() : null,
                any ? spread.max() : null, any ? GradeBands.published(spread.standardDeviation()) : null,
                task.finalScore(), task.grade(), indicatorsOf(task));
    }

    private Indicators indicatorsOf(ReviewTask task) {
        return task.rocYear() == null || task.agencyId() == null ? null
                : indicators.of(task.agencyId(), task.rocYear());
    }
}

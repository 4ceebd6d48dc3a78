package tw.uplift.contracts.review;

import tw.uplift.contracts.DomainEvent;

/** Events on {@code review-events}, published by review-service. */
public sealed interface ReviewEvent extends DomainEvent
        permits ReviewTaskAssigned, ReviewTaskCompleted, PlanReviewDecided, CorrectiveActionRequired,
        CorrectiveActionResponded, MeasureTrackingDecided, AnnualReviewScored {
}

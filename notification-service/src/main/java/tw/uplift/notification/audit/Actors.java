package tw.uplift.notification.audit;

import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.deadline.DeadlineEvent;
import tw.uplift.contracts.notification.NotificationEvent;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewTaskCompleted;

/**
 * Who did what an event records, as far as the event says: the person its payload names (the submitter, the
 * reviewer who decided, the agency user who answered), {@link #SYSTEM} for what the services do by themselves on
 * time (the deadline ladder's steps, notices delivered or failed), and empty where a person acted but the event
 * type does not carry their name yet (the entry's request id still leads to the request's trace and log).
 */
public final class Actors {

    /** The actor of a time-driven or automatic step. */
    public static final String SYSTEM = "system";

    private Actors() {
    }

    public static String of(DomainEvent payload) {
        return switch (payload) {
            case PlanSubmitted e -> e.submittedBy();
            case PlanReviewDecided e -> e.reviewerId();
            case MeasureTrackingDecided e -> e.reviewerId();
            case ReviewTaskCompleted e -> e.reviewerId();
            case CorrectiveActionResponded e -> e.respondedBy();
            case DeadlineEvent e -> SYSTEM;
            case NotificationEvent e -> SYSTEM;
            default -> "";
        };
    }
}

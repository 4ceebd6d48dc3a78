package tw.uplift.notification.deadlines.application;

import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.notification.deadlines.CorrectiveActions;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.platform.events.EventPosition;

/**
 * A corrective action's deadline (改善期限), chased like a measure's: the agency is reminded and told when it is
 * overdue, the supervising body hears when it stays overdue, and the agency's answer (改善情形回復) meets it. Both
 * events are the action's own, so their position in its history keeps a late replay of the requirement from
 * reopening an action already answered.
 */
public class CorrectiveActionDeadlines {

    private final DeadlineTracker tracker;

    public CorrectiveActionDeadlines(DeadlineTracker tracker) {
        this.tracker = tracker;
    }

    /** An action without a due date or without an agency has nothing to chase and nobody to chase. */
    public void required(CorrectiveActionRequired action, EventPosition position) {
        if (action.dueDate() == null || action.agencyId() == null) {
            return;
        }
        TrackedItem item = TrackedItem.correctiveAction(action.actionId(), action.planId());
        Parties agency = Parties.ofAgency(action.agencyId(), action.supervisingBodyId());
        tracker.register(new Owed(Obligation.dated(item, agency, CorrectiveActions.titleOf(action.finding()),
                action.dueDate()), position));
    }

    /** Answered: the deadline is met, whatever the reviewer later makes of the answer (a new action if rejected). */
    public void responded(CorrectiveActionResponded action, EventPosition position) {
        tracker.close(Deadline.idOfCorrectiveAction(action.actionId()), DeadlineStatus.DONE, position);
    }
}

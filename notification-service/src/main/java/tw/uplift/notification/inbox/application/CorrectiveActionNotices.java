package tw.uplift.notification.inbox.application;

import java.util.List;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.deadlines.CorrectiveActions;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.inbox.InboxItem.Links;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.NoticeFacts;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * A corrective action (改善事項) told to the agency that must act, in its shared inbox like a measure's reminders:
 * what was found and by when it must be corrected. Keyed by the event id, so a redelivery tells nobody twice.
 */
public class CorrectiveActionNotices {

    private final Notices inbox;
    private final AggregateStore store;

    public CorrectiveActionNotices(Notices inbox, AggregateStore store) {
        this.inbox = inbox;
        this.store = store;
    }

    /**
     * An action the agency has answered already (its answer overtook this event, so the tracker holds its deadline
     * as met) is not announced: a notice asking for an answer that was given would only mislead.
     */
    public void required(CorrectiveActionRequired action, String eventId) {
        if (action.agencyId() == null || answered(action.actionId())) {
            return;
        }
        String due = action.dueDate() == null ? "請儘速完成改善" : "請於 " + action.dueDate() + " 前完成改善";
        inbox.deliver(NoticeCause.event(eventId),
                new Notice(InboxKind.CORRECTIVE_ACTION_REQUIRED, CorrectiveActions.titleOf(action.finding()),
                        "查核發現：" + action.finding() + "\n" + due + "，並回復改善情形。",
                        Links.none().plan(action.planId()).measure(action.measureId()).task(action.taskId())
                                .deadline(action.dueDate() == null ? null
                                        : Deadline.idOfCorrectiveAction(action.actionId())),
                        NoticeFacts.none().item("CORRECTIVE_ACTION", action.actionId(),
                                CorrectiveActions.titleOf(action.finding()))
                                .agency(action.agencyId(), action.supervisingBodyId()).due(action.dueDate(), null, null)),
                List.of(Recipients.agency(action.agencyId())));
    }

    private boolean answered(String actionId) {
        return store.findById(Deadline.idOfCorrectiveAction(actionId), Deadline.class)
                .filter(d -> d.status() != DeadlineStatus.OPEN).isPresent();
    }
}

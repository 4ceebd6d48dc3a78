package tw.uplift.notification.inbox.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.StepKey;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.inbox.InboxItem.Links;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.NoticeFacts;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * The tracker's own deadline events, told to the people concerned: reminders (屆期提醒) and overdue notices
 * (逾期通知) to whoever is responsible, escalations to them and the agency head (查催) or the supervising body
 * (逾期陳報). Keyed by deadline
 * and step, so a step notifies each recipient once, whatever the event id; the order of arrival does not matter.
 */
public class DeadlineNotices {

    private final Notices inbox;
    private final AggregateStore store;

    public DeadlineNotices(Notices inbox, AggregateStore store) {
        this.inbox = inbox;
        this.store = store;
    }

    public void approaching(DeadlineApproaching a, String eventId) {
        Deadline d = deadline(a.deadlineId());
        inbox.deliver(NoticeCause.step(a.deadlineId(), stepKey(d, StepKey.reminder(a.daysLeft()), a.dueDate()), eventId),
                new Notice(InboxKind.DEADLINE_APPROACHING, "屆期提醒：" + a.title(),
                        dueWord(a.itemKind()) + " " + a.dueDate() + "，尚餘 " + a.daysLeft() + " 天，"
                                + (a.itemKind() == TrackedItemKind.CORRECTIVE_ACTION ? "請於期限內回復改善情形。"
                                        : "請如期辦理。"),
                        links(a.itemKind(), a.itemId(), a.planId(), a.deadlineId()),
                        facts(d, a.itemKind(), a.itemId(), a.title(), a.agencyId(), null)
                                .due(a.dueDate(), a.daysLeft(), null)),
                responsible(d, a.agencyId()));
    }

    public void overdue(ItemOverdue o, String eventId) {
        Deadline d = deadline(o.deadlineId());
        inbox.deliver(NoticeCause.step(o.deadlineId(), stepKey(d, StepKey.OVERDUE, o.dueDate()), eventId),
                new Notice(InboxKind.ITEM_OVERDUE, "逾期通知：" + o.title(),
                        "已逾" + dueWord(o.itemKind()) + " " + o.dueDate() + "，"
                                + (o.itemKind() == TrackedItemKind.CORRECTIVE_ACTION ? "請儘速完成改善並回復改善情形。"
                                        : "請儘速辦理並填報執行成果。"),
                        links(o.itemKind(), o.itemId(), o.planId(), o.deadlineId()),
                        facts(d, o.itemKind(), o.itemId(), o.title(), o.agencyId(), null).due(o.dueDate(), null, 0)),
                responsible(d, o.agencyId()));
    }

    /**
     * The agency head's escalation (查催) goes to the responsible party and the head; the supervising body's
     * (逾期陳報; also one without a level, as all were before levels) to the responsible party and the body.
     */
    public void escalated(OverdueEscalated e, String eventId) {
        Deadline d = deadline(e.deadlineId());
        List<String> to = new ArrayList<>(responsible(d, e.agencyId()));
        boolean toBody = e.reachesSupervisingBody();
        EscalationLevel level = toBody ? EscalationLevel.SUPERVISING_BODY : EscalationLevel.AGENCY_HEAD;
        if (toBody && e.supervisingBodyId() != null) {
            to.add(Recipients.body(e.supervisingBodyId()));
        }
        if (!toBody && e.agencyId() != null) {
            to.add(Recipients.agencyHead(e.agencyId()));
        }
        // The event carries no plan id; the deadline knows it.
        inbox.deliver(NoticeCause.step(e.deadlineId(), stepKey(d, StepKey.escalation(level, e.daysOverdue()),
                        e.dueDate()), eventId),
                new Notice(InboxKind.OVERDUE_ESCALATED, (toBody ? "逾期陳報：" : "逾期查催：") + e.title(),
                        dueWord(e.itemKind()) + " " + e.dueDate() + "，已逾期 " + e.daysOverdue() + " 個工作天，"
                                + (toBody ? "陳報督考機關列管。" : "陳報機關首長督促辦理。"),
                        links(e.itemKind(), e.itemId(), d == null ? null : d.planId(), e.deadlineId()),
                        facts(d, e.itemKind(), e.itemId(), e.title(), e.agencyId(), e.supervisingBodyId())
                                .due(e.dueDate(), null, e.daysOverdue())),
                to);
    }

    /**
     * A step re-armed by an extension (展期) is a step of its own: its notice is keyed by the step the deadline
     * keeps for the event's due date, so the notice sent for the old date does not swallow it.
     */
    private static String stepKey(Deadline d, String step, LocalDate dueDate) {
        return d == null || dueDate == null ? step : d.noticeKeyOf(step, dueDate);
    }

    private Deadline deadline(String id) {
        return store.findById(id, Deadline.class).orElse(null);
    }

    /** Whose inbox the deadline names (a reviewer, for a review task); the agency's when it is not known. */
    private static List<String> responsible(Deadline d, String agencyId) {
        if (d != null && d.responsible() != null) {
            return List.of(d.responsible());
        }
        return agencyId == null ? List.of() : List.of(Recipients.agency(agencyId));
    }

    /** The notice's facts for the channels that write their own words (e-mail in the reader's language). */
    private static NoticeFacts facts(Deadline d, TrackedItemKind kind, String itemId, String title, String agencyId,
            String bodyId) {
        String body = bodyId != null ? bodyId : d == null ? null : d.supervisingBodyId();
        return NoticeFacts.none().item(kind.name(), itemId, title).agency(agencyId, body);
    }

    /** A corrective action is answered by its 改善期限; everything else is done by its 完成期限. */
    private static String dueWord(TrackedItemKind kind) {
        return kind == TrackedItemKind.CORRECTIVE_ACTION ? "改善期限" : "完成期限";
    }

    /** A corrective action's id is no page's: its notices point at the plan and the deadline only. */
    private static Links links(TrackedItemKind kind, String itemId, String planId, String deadlineId) {
        Links links = Links.none().plan(planId).deadline(deadlineId);
        return switch (kind) {
            case REVIEW_TASK -> links.task(itemId);
            case CORRECTIVE_ACTION -> links;
            default -> links.measure(itemId);
        };
    }
}

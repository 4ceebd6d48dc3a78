package tw.uplift.notification.inbox.application;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.application.ReviewWords;
import tw.uplift.notification.inbox.InboxItem.Links;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Recipients;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Decides who is told what: review events and the tracker's own deadline events become inbox items.
 * Deadline notices are keyed by deadline and step (so a step notifies each recipient once, whatever the
 * event id), review notices by the event id.
 */
public class InboxIntake {

    private final Inbox inbox;
    private final AggregateStore store;

    public InboxIntake(Inbox inbox, AggregateStore store) {
        this.inbox = inbox;
        this.store = store;
    }

    public void on(EventEnvelope<? extends DomainEvent> envelope) {
        switch (envelope.payload()) {
            case ReviewTaskAssigned task -> taskAssigned(envelope.id(), task);
            case PlanReviewDecided decided -> planDecided(envelope.id(), decided);
            case DeadlineApproaching a -> {
                Deadline d = deadline(a.deadlineId());
                notify(a.deadlineId() + ":remind-" + a.daysLeft(), responsible(d, a.agencyId()),
                        InboxKind.DEADLINE_APPROACHING, "屆期提醒：" + a.title(),
                        "完成期限 " + a.dueDate() + "，尚餘 " + a.daysLeft() + " 天，請如期辦理。",
                        links(a.itemKind(), a.itemId(), a.planId(), a.deadlineId()), envelope.id());
            }
            case ItemOverdue o -> {
                Deadline d = deadline(o.deadlineId());
                notify(o.deadlineId() + ":overdue", responsible(d, o.agencyId()), InboxKind.ITEM_OVERDUE,
                        "逾期通知：" + o.title(), "已逾完成期限 " + o.dueDate() + "，請儘速辦理並填報執行成果。",
                        links(o.itemKind(), o.itemId(), o.planId(), o.deadlineId()), envelope.id());
            }
            case OverdueEscalated e -> {
                Deadline d = deadline(e.deadlineId());
                List<String> to = new ArrayList<>(responsible(d, e.agencyId()));
                if (e.supervisingBodyId() != null) {
                    to.add(Recipients.body(e.supervisingBodyId()));
                }
                notify(e.deadlineId() + ":escalate-" + e.daysOverdue(), to, InboxKind.OVERDUE_ESCALATED,
                        "逾期陳報：" + e.title(), "完成期限 " + e.dueDate() + "，已逾期 " + e.daysOverdue()
                                + " 天，陳報督考機關列管。",
                        links(e.itemKind(), e.itemId(), d == null ? null : d.planId(), e.deadlineId()), envelope.id());
            }
            default -> {
            }
        }
    }

    private void taskAssigned(String eventId, ReviewTaskAssigned task) {
        if (task.reviewerId() == null) {
            return;
        }
        String planId = task.kind() == ReviewTaskKind.PLAN_APPROVAL ? task.subjectId() : null;
        String due = task.dueDate() == null ? "" : "，請於 " + task.dueDate() + " 前完成";
        inbox.deliver(eventId, Recipients.user(task.reviewerId()), InboxKind.REVIEW_TASK_ASSIGNED,
                "新審查任務：" + ReviewWords.of(task.kind()),
                "受審機關 " + (task.agencyName() != null ? task.agencyName() : task.agencyId())
                        + (task.subjectTitle() != null ? "：「" + task.subjectTitle() + "」" : "") + due + "。",
                new Links(planId, null, task.taskId(), null), eventId);
    }

    private void planDecided(String eventId, PlanReviewDecided decided) {
        boolean approved = decided.decision() == ReviewDecision.APPROVED;
        String comments = decided.comments() == null || decided.comments().isEmpty() ? ""
                : "\n審查意見：\n" + decided.comments().stream().map(c -> "・" + c.itemRef() + "：" + c.comment())
                        .collect(Collectors.joining("\n"));
        inbox.deliver(eventId, Recipients.agency(decided.agencyId()),
                approved ? InboxKind.PLAN_APPROVED : InboxKind.PLAN_RETURNED,
                approved ? "計畫審查通過（第 " + decided.revision() + " 版）"
                        : "計畫退回修正（第 " + decided.revision() + " 版）",
                (approved ? "計畫已審定，各推行作法之完成期限開始列管。" : "計畫經審查退回，請依審查意見修正後重新送審。")
                        + comments,
                new Links(decided.planId(), null, decided.taskId(), null), eventId);
    }

    private void notify(String cause, List<String> recipients, InboxKind kind, String title, String body,
            Links links, String eventId) {
        for (String recipient : recipients) {
            inbox.deliver(cause, recipient, kind, title, body, links, eventId);
        }
    }

    private Deadline deadline(String id) {
        return store.findById(id, Deadline.class).orElse(null);
    }

    private static List<String> responsible(Deadline d, String agencyId) {
        if (d != null && d.responsible() != null) {
            return List.of(d.responsible());
        }
        return agencyId == null ? List.of() : List.of(Recipients.agency(agencyId));
    }

    private static Links links(TrackedItemKind kind, String itemId, String planId, String deadlineId) {
        return kind == TrackedItemKind.REVIEW_TASK ? new Links(planId, null, itemId, deadlineId)
                : new Links(planId, itemId, null, deadlineId);
    }
}

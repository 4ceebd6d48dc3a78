package tw.uplift.notification.inbox.application;

import java.util.List;
import java.util.stream.Collectors;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.deadlines.ReviewTasks;
import tw.uplift.notification.inbox.InboxItem.Links;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.NoticeFacts;

/**
 * Review events told to the people concerned: a new task (分派審查) to its reviewer, a plan's review decision
 * (審查決定) to the agency. Keyed by the event id, so a redelivery tells nobody twice; each notice stands on
 * its own, so the order of arrival does not matter.
 */
public class ReviewNotices {

    private final Notices inbox;

    public ReviewNotices(Notices inbox) {
        this.inbox = inbox;
    }

    /** A task without a reviewer has nobody to tell. */
    public void taskAssigned(ReviewTaskAssigned task, String eventId) {
        if (task.reviewerId() == null) {
            return;
        }
        String agency = task.agencyName() != null ? task.agencyName() : task.agencyId();
        String subject = task.subjectTitle() != null ? "：「" + task.subjectTitle() + "」" : "";
        String due = task.dueDate() == null ? "" : "，請於 " + task.dueDate() + " 前完成";
        inbox.deliver(NoticeCause.event(eventId),
                new Notice(InboxKind.REVIEW_TASK_ASSIGNED, "新審查任務：" + ReviewTasks.wordsFor(task.kind()),
                        "受審機關 " + agency + subject + due + "。",
                        Links.none().plan(ReviewTasks.planOf(task.kind(), task.subjectId())).task(task.taskId()),
                        NoticeFacts.none().item("REVIEW_TASK", task.taskId(), ReviewTasks.wordsFor(task.kind())
                                + (task.subjectTitle() == null ? "" : "：" + task.subjectTitle()))
                                .agency(task.agencyId(), task.supervisingBodyId()).due(task.dueDate(), null, null)),
                List.of(Recipients.user(task.reviewerId())));
    }

    public void planDecided(PlanReviewDecided decided, String eventId) {
        boolean approved = decided.decision() == ReviewDecision.APPROVED;
        String comments = decided.comments() == null || decided.comments().isEmpty() ? ""
                : "\n審查意見：\n" + decided.comments().stream().map(c -> "・" + c.itemRef() + "：" + c.comment())
                        .collect(Collectors.joining("\n"));
        inbox.deliver(NoticeCause.event(eventId),
                new Notice(approved ? InboxKind.PLAN_APPROVED : InboxKind.PLAN_RETURNED,
                        approved ? "計畫審查通過（第 " + decided.revision() + " 版）"
                                : "計畫退回修正（第 " + decided.revision() + " 版）",
                        (approved ? "計畫已審定，各推行作法之完成期限開始列管。" : "計畫經審查退回，請依審查意見修正後重新送審。")
                                + comments,
                        Links.none().plan(decided.planId()).task(decided.taskId()),
                        NoticeFacts.none().item("PLAN", decided.planId(), "第 " + decided.revision() + " 版")
                                .agency(decided.agencyId(), null)),
                List.of(Recipients.agency(decided.agencyId())));
    }
}

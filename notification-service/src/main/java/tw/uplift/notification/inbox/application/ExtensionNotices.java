package tw.uplift.notification.inbox.application;

import java.util.List;
import java.util.Locale;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.Extension;
import tw.uplift.notification.deadlines.ExtensionStatus;
import tw.uplift.notification.deadlines.application.ExtensionNotifier;
import tw.uplift.notification.inbox.InboxItem.Links;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeFacts;
import tw.uplift.notification.inbox.NoticeCause;

/**
 * Extensions (展期) told to the people concerned: the supervising body hears of a request (展期申請), the agency of
 * the decision (准予 / 不准展期). Each notice is keyed by the deadline, the request's number and what happened, so
 * a repeated request or decision tells nobody twice.
 */
public class ExtensionNotices implements ExtensionNotifier {

    private final Notices inbox;

    public ExtensionNotices(Notices inbox) {
        this.inbox = inbox;
    }

    @Override
    public void asked(Deadline d, Extension request) {
        if (d.supervisingBodyId() == null) {
            return; // nobody to decide: the page says so to the agency
        }
        inbox.deliver(cause(d, request, "asked"),
                new Notice(InboxKind.EXTENSION_REQUESTED, "展期申請：" + d.title(),
                        "申請將期限 " + request.dueDateBefore() + " 展延至 " + request.requestedDate() + "（第 "
                                + request.number() + " 次）。理由：" + request.reason(),
                        links(d), facts(d).due(request.requestedDate(), null, null)),
                List.of(Recipients.body(d.supervisingBodyId())));
    }

    @Override
    public void decided(Deadline d, Extension decided) {
        if (decided.isPending()) {
            return;
        }
        boolean approved = decided.status() == ExtensionStatus.APPROVED;
        String body = approved ? "期限展延至 " + decided.grantedDate() + "。" : "維持原期限 " + decided.dueDateBefore() + "。";
        if (decided.decisionReason() != null) {
            body += "說明：" + decided.decisionReason();
        }
        inbox.deliver(cause(d, decided, decided.status().name().toLowerCase(Locale.ROOT)),
                new Notice(InboxKind.EXTENSION_DECIDED, (approved ? "准予展期：" : "不准展期：") + d.title(), body,
                        links(d), facts(d).due(approved ? decided.grantedDate() : decided.dueDateBefore(), null, null)),
                List.of(d.responsible() != null ? d.responsible() : Recipients.agency(d.agencyId())));
    }

    /** One notice per deadline, request and event in its life: {@code extension:<deadline>:2:asked}. */
    private static NoticeCause cause(Deadline d, Extension e, String what) {
        String key = "extension:" + d.getId() + ":" + e.number() + ":" + what;
        return new NoticeCause(key, key);
    }

    /** What the e-mail and the webhook say about the item; the due date is the one the notice is about. */
    private static NoticeFacts facts(Deadline d) {
        return NoticeFacts.none().item(d.kind().name(), d.itemId(), d.title()).agency(d.agencyId(), d.supervisingBodyId());
    }

    private static Links links(Deadline d) {
        return Links.none().plan(d.planId()).deadline(d.getId());
    }
}

package tw.uplift.notification.inbox.web;

import java.time.Instant;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.Viewer;
import tw.uplift.platform.security.CurrentUser;

/**
 * Everyone's inbox (通知) as a page: the caller's notices, newest first, unread ones marked in words, each
 * linking to what it is about, with a "mark as read" form per unread notice.
 */
@PageController
class InboxPage {

    /** As many as a page shows; older notices stay in the store (and in the API). */
    static final int SHOWN = 100;

    private final Inbox inbox;

    InboxPage(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/inbox")
    String inbox(CurrentUser user, Model model) {
        Inbox.Listing listing = inbox.listing(InboxAddresses.of(user), SHOWN);
        model.addAttribute("notices", listing.items().stream().map(NoticeRow::of).toList());
        model.addAttribute("unread", listing.unread());
        model.addAttribute("shown", SHOWN);
        // The header's badge: the gateway counted before this request; this page knows the count for sure.
        if (model.getAttribute("viewer") instanceof Viewer viewer) {
            model.addAttribute("viewer", viewer.withUnread(listing.unread()));
        }
        return "inbox/inbox";
    }

    /**
     * Marks one of the caller's notices read and goes back to the inbox, at that notice (a keyboard user goes on
     * from where they were); another's notice is the 404 page.
     */
    @PostMapping("/inbox/{id}/read")
    RedirectView read(@PathVariable String id, CurrentUser user) {
        InboxItem item = inbox.markRead(id, InboxAddresses.of(user));
        return SeeOther.to("/inbox#notice-" + item.getId());
    }

    /**
     * One notice as the page lists it.
     *
     * @param id        the item's id (the form's target, the element's anchor)
     * @param kind      its kind's name (the label's message key)
     * @param title     its headline
     * @param lines     its text, line by line
     * @param createdAt when it was delivered
     * @param unread    whether nobody has read it yet
     * @param href      the page of what it is about, or null
     * @param target    what {@code href} leads to: {@code task}, {@code plan} or {@code correction} (a measure's
     *                  corrective actions; the link's message key)
     */
    record NoticeRow(String id, String kind, String title, List<String> lines, Instant createdAt, boolean unread,
            String href, String target) {

        static NoticeRow of(InboxItem item) {
            InboxItem.Links links = item.links() == null ? InboxItem.Links.none() : item.links();
            String body = item.body() == null ? "" : item.body().strip();
            List<String> lines = body.isEmpty() ? List.of() : body.lines().toList();
            // A review task's page opens only for its reviewer: a task link for notices addressed to a person;
            // an agency's or a supervising body's shared inbox gets the plan.
            boolean personal = item.recipient() != null && item.recipient().startsWith(Recipients.user(""));
            String href = null;
            String target = null;
            if (item.kind() == InboxKind.CORRECTIVE_ACTION_REQUIRED && links.planId() != null
                    && links.measureId() != null) {
                // The measure's page lists its corrective actions: what to correct and by when, answered or not.
                href = "/plans/" + links.planId() + "/measures/" + links.measureId() + "/progress#corrective-actions";
                target = "correction";
            } else if (links.taskId() != null && (personal || links.planId() == null)) {
                href = "/reviews/" + links.taskId();
                target = "task";
            } else if (links.planId() != null) {
                href = "/plans/" + links.planId();
                target = "plan";
            }
            return new NoticeRow(item.getId(), item.kind() == null ? null : item.kind().name(), item.title(), lines,
                    item.createdAt(), item.readAt() == null, href, target);
        }
    }
}

package tw.uplift.notification.inbox.web;

import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.platform.security.CurrentUser;

@RestController
@RequestMapping("/api/inbox")
class InboxController {

    private static final int MAX = 200;

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    /** The caller's inbox, newest first: agency users their agency's, reviewers theirs and their body's. */
    @GetMapping
    List<InboxItemView> list(CurrentUser user, @RequestParam(defaultValue = "50") int limit) {
        return inbox.newest(InboxAddresses.of(user), Math.clamp(limit, 1, MAX)).stream().map(InboxItemView::of).toList();
    }

    /**
     * How many of the caller's notices are unread, for the unread badge the gateway shows in every page's
     * header: one {@code _id} read per inbox address the caller reads, nothing scanned.
     */
    @GetMapping("/unread-count")
    UnreadCount unreadCount(CurrentUser user) {
        return new UnreadCount(inbox.unreadCount(InboxAddresses.of(user)));
    }

    /** Marks one of the caller's items read; another's item is a 404, as if it did not exist. */
    @PostMapping("/{id}/read")
    InboxItemView read(@PathVariable String id, CurrentUser user) {
        return InboxItemView.of(inbox.markRead(id, InboxAddresses.of(user)));
    }

    record UnreadCount(int unread) {
    }

    record LinkView(String planId, String measureId, String taskId, String deadlineId) {
    }

    record InboxItemView(String id, String recipient, InboxKind kind, String title, String body, LinkView links,
            Instant createdAt, Instant readAt) {

        static InboxItemView of(InboxItem i) {
            InboxItem.Links l = i.links();
            return new InboxItemView(i.getId(), i.recipient(), i.kind(), i.title(), i.body(),
                    new LinkView(l.planId(), l.measureId(), l.taskId(), l.deadlineId()), i.createdAt(), i.readAt());
        }
    }
}

package tw.uplift.notification.inbox.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

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
        return inbox.newest(addressesOf(user), Math.clamp(limit, 1, MAX)).stream().map(InboxItemView::of).toList();
    }

    /** Marks one of the caller's items read; another's item is a 404, as if it did not exist. */
    @PostMapping("/{id}/read")
    InboxItemView read(@PathVariable String id, CurrentUser user) {
        return InboxItemView.of(inbox.markRead(id, addressesOf(user)));
    }

    private static List<String> addressesOf(CurrentUser user) {
        List<String> addresses = new ArrayList<>();
        addresses.add(Recipients.user(user.username()));
        if (user.isAgencyUser()) {
            addresses.add(Recipients.agency(user.requireAgency()));
        }
        if (user.has(Role.REVIEWER) && user.bodyId() != null && !user.bodyId().isBlank()) {
            addresses.add(Recipients.body(user.bodyId()));
        }
        return addresses;
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

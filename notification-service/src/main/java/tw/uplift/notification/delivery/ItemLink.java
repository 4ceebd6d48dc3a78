package tw.uplift.notification.delivery;

import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;

/**
 * The page a delivered notice links to, as a path under the site (the gateway): the tracked item's own page
 * ({@code /deadlines/{id}}) when it is about a deadline, else the page the inbox links to for a person (a
 * measure's corrective actions, the review task, the plan).
 */
public final class ItemLink {

    private ItemLink() {
    }

    /** @return the path, or null when the notice points at nothing */
    public static String pathOf(InboxKind kind, InboxItem.Links links) {
        if (links == null) {
            return null;
        }
        if (links.deadlineId() != null) {
            return "/deadlines/" + links.deadlineId();
        }
        if (kind == InboxKind.CORRECTIVE_ACTION_REQUIRED && links.planId() != null && links.measureId() != null) {
            return "/plans/" + links.planId() + "/measures/" + links.measureId() + "/progress#corrective-actions";
        }
        if (links.taskId() != null) {
            return "/reviews/" + links.taskId();
        }
        return links.planId() == null ? null : "/plans/" + links.planId();
    }
}

package tw.uplift.notification.deadlines.web;

import java.util.List;
import tw.uplift.platform.security.CurrentUser;

/**
 * The notices sent about one tracked item, as rows for the item page's "notices sent" section (the delivery
 * feature's fragment {@code delivery/notices} shows them). Provided by the delivery feature, which knows who was told
 * what on which channel; this package only asks, so it does not depend on it.
 */
public interface ItemNotices {

    /** Rows for the fragment, oldest first, as far as {@code reader} may see them. */
    List<?> about(String deadlineId, CurrentUser reader);

    /** No delivery feature: nothing was sent. */
    static ItemNotices none() {
        return (deadlineId, reader) -> List.of();
    }
}

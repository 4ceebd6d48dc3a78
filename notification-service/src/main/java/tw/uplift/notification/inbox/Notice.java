package tw.uplift.notification.inbox;

import java.util.Objects;

/**
 * What a notice says, the same for each of its recipients.
 *
 * @param kind  what it is about
 * @param title its headline, e.g. 「屆期提醒：1. 推動線上申辦」
 * @param body  the text, or null
 * @param links what it points at
 */
public record Notice(InboxKind kind, String title, String body, InboxItem.Links links) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        links = links == null ? InboxItem.Links.none() : links;
    }
}

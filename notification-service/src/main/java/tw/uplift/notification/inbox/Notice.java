package tw.uplift.notification.inbox;

import java.util.Objects;

/**
 * What a notice says, the same for each of its recipients.
 *
 * @param kind  what it is about
 * @param title its headline, e.g. 「屆期提醒：1. 推動線上申辦」
 * @param body  the text, or null
 * @param links what it points at
 * @param facts the same as values, for channels that write in the reader's language (never null)
 */
public record Notice(InboxKind kind, String title, String body, InboxItem.Links links, NoticeFacts facts) {

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        links = links == null ? InboxItem.Links.none() : links;
        facts = facts == null ? NoticeFacts.none() : facts;
    }

    /** A notice whose facts are only its words (the inbox needs no more). */
    public Notice(InboxKind kind, String title, String body, InboxItem.Links links) {
        this(kind, title, body, links, null);
    }

    /** The same notice with its facts. */
    public Notice with(NoticeFacts newFacts) {
        return new Notice(kind, title, body, links, newFacts);
    }

    /** Overdue and escalation notices (逾期、陳報) go out at once: quiet hours and digests do not hold them. */
    public boolean isCritical() {
        return kind == InboxKind.ITEM_OVERDUE || kind == InboxKind.OVERDUE_ESCALATED;
    }
}

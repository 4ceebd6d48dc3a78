package tw.uplift.notification.audit;

/**
 * Where the chain first breaks.
 *
 * @param position the entry that is wrong (for a gap: the first missing position)
 * @param eventId  that entry's event id (for a gap: the event of the entry found after the gap)
 * @param problem  what is wrong
 * @param detail   a sentence for the operator
 */
public record BrokenLink(long position, String eventId, Problem problem, String detail) {

    public enum Problem {
        /** The entry's content no longer gives its hash: it was changed after it was appended. */
        HASH_MISMATCH,
        /** The entry's previous hash is not the previous entry's hash: an entry before it was replaced or re-hashed. */
        PREV_HASH_MISMATCH,
        /** One or more positions are missing: entries were removed. */
        GAP
    }
}

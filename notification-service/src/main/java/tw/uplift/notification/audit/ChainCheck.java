package tw.uplift.notification.audit;

import java.util.function.Consumer;

/**
 * Walks the chain in position order (feed it every entry, then ask for the {@link #report()}), recomputing each
 * entry's hash and comparing each previous hash with the entry before, and stops at the first broken link: a
 * position missing ({@link BrokenLink.Problem#GAP}), an entry whose content no longer gives its hash
 * ({@link BrokenLink.Problem#HASH_MISMATCH}), or one whose previous hash is not its predecessor's
 * ({@link BrokenLink.Problem#PREV_HASH_MISMATCH}).
 */
public final class ChainCheck implements Consumer<AuditEntry> {

    private long checked;
    private long expected = 1;
    private String previousHash = ChainHash.GENESIS;
    private BrokenLink broken;

    @Override
    public void accept(AuditEntry entry) {
        if (broken != null) {
            return;
        }
        if (entry.position() != expected) {
            broken = new BrokenLink(expected, entry.event().eventId(), BrokenLink.Problem.GAP,
                    entry.position() > expected
                            ? "entries " + expected + " to " + (entry.position() - 1) + " are missing; the next is "
                                    + entry.position()
                            : "entry " + entry.position() + " is out of order after " + (expected - 1));
            return;
        }
        checked++;
        if (!entry.recomputedHash().equals(entry.hash())) {
            broken = new BrokenLink(entry.position(), entry.event().eventId(), BrokenLink.Problem.HASH_MISMATCH,
                    "entry " + entry.position() + " was changed after it was written: its content no longer gives its"
                            + " hash");
            return;
        }
        if (!previousHash.equals(entry.prevHash())) {
            broken = new BrokenLink(entry.position(), entry.event().eventId(), BrokenLink.Problem.PREV_HASH_MISMATCH,
                    "entry " + entry.position() + " does not carry the hash of entry " + (entry.position() - 1));
            return;
        }
        previousHash = entry.hash();
        expected++;
    }

    public ChainReport report() {
        return new ChainReport(checked, expected - 1, previousHash, broken);
    }
}

package tw.uplift.notification.audit;

/**
 * One link of the chain: an {@linkplain AuditedEvent event's facts} at a position, with the hash of the entry
 * before it and its own hash over both ({@link ChainHash}). Entry 1's previous hash is {@link ChainHash#GENESIS}.
 * Nothing changes an entry once appended; there is no way to update or remove one.
 *
 * @param position 1, 2, 3 … in the order the trail took the events in (not their event time)
 * @param event    what the event says
 * @param prevHash the previous entry's {@code hash} (or {@link ChainHash#GENESIS} for entry 1)
 * @param hash     SHA-256 (hex) of this entry's canonical form, previous hash included
 */
public record AuditEntry(long position, AuditedEvent event, String prevHash, String hash) {

    /** The entry that follows {@code previous} (null: the first entry of the trail). */
    public static AuditEntry after(AuditEntry previous, AuditedEvent event) {
        long position = previous == null ? 1 : previous.position() + 1;
        String prevHash = previous == null ? ChainHash.GENESIS : previous.hash();
        return new AuditEntry(position, event, prevHash, ChainHash.of(position, event, prevHash));
    }

    /** The hash this entry's content gives now; differs from {@link #hash()} when the stored entry was altered. */
    public String recomputedHash() {
        return ChainHash.of(position, event, prevHash);
    }
}

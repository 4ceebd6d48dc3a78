package tw.uplift.notification.audit.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import tw.uplift.notification.audit.AuditEntry;
import tw.uplift.notification.audit.AuditedEvent;
import tw.uplift.notification.audit.ChainCheck;
import tw.uplift.notification.audit.ChainReport;
import tw.uplift.notification.audit.persistence.AuditEntries;
import tw.uplift.notification.audit.persistence.AuditQuery;

/**
 * The one audit trail: appends each event once, at the next position, chained to the entry before it; verifies
 * the chain; reads it. Appending is safe with several instances and redeliveries: a position is claimed by the
 * single insert of the entry ({@link AuditEntries#append}); the loser of a race reads the newest entry again and
 * retries, a redelivered event is recognised by its id in the same insert. So the chain's order is the order in
 * which the trail took the events in, not their event time (two services' events of one second may appear either
 * way round; each entry keeps its event time).
 */
public class AuditTrail {

    /** Races lost in a row before the append gives up (the binder then retries the record). */
    private static final int MAX_RACES = 1000;

    private final AuditEntries entries;
    private final ReentrantLock appending = new ReentrantLock();
    private final Counter appended;
    private final Counter redelivered;
    /** The newest position this instance knows; -1 until read once. */
    private long head = -1;
    /** The entry at {@link #head} when this instance wrote or read it (saves reading it again), else null. */
    private AuditEntry last;

    public AuditTrail(AuditEntries entries, MeterRegistry meters) {
        this.entries = entries;
        this.appended = Counter.builder("uplift.audit.entries.appended")
                .description("events appended to the audit trail").register(meters);
        this.redelivered = Counter.builder("uplift.audit.entries.redelivered")
                .description("events offered to the audit trail again and not appended").register(meters);
    }

    /** Appends the event (once: a redelivery returns the entry it already has). */
    public AuditEntry record(AuditedEvent event) {
        // One appender per instance at a time: the positions are shared, so threads of one instance would only
        // race each other; instances still race, and the insert settles it.
        appending.lock();
        try {
            for (int race = 0; race < MAX_RACES; race++) {
                if (head < 0) {
                    head = entries.newestPosition();
                    last = null;
                }
                if (head > 0 && (last == null || last.position() != head)) {
                    last = entries.at(head).orElse(null);
                    if (last == null) {
                        head = -1; // not there any more: read the newest position again
                        continue;
                    }
                }
                AuditEntry next = AuditEntry.after(head == 0 ? null : last, event);
                switch (entries.append(next)) {
                    case APPENDED -> {
                        head = next.position();
                        last = next;
                        appended.increment();
                        return next;
                    }
                    case ALREADY_THERE -> {
                        redelivered.increment();
                        return entries.ofEvent(event.eventId()).orElseThrow();
                    }
                    case POSITION_TAKEN -> head = entries.newestFrom(next.position());
                }
            }
            throw new IllegalStateException("lost " + MAX_RACES + " races for the next audit position in a row");
        } finally {
            appending.unlock();
        }
    }

    /** Walks the whole chain. */
    public ChainReport verify() {
        ChainCheck check = new ChainCheck();
        entries.forEachInOrder(check);
        return check.report();
    }

    /** The newest entries that match, newest first. */
    public List<AuditEntry> newest(AuditQuery query, int limit) {
        return entries.newest(query, limit);
    }

    /** Every entry that matches, in chain order (for an export). */
    public List<AuditEntry> export(AuditQuery query) {
        return entries.inOrder(query);
    }
}

package tw.uplift.notification.deadlines.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.notification.deadlines.persistence.TimeBuckets.Busy;
import tw.uplift.notification.deadlines.persistence.TimeBuckets.Entry;
import tw.uplift.notification.deadlines.persistence.TimeBuckets.Held;
import tw.uplift.platform.work.BackgroundWorker;

/**
 * Walks the time buckets from the cursor up to the present every tick, by {@code _id} only: claims each
 * bucket with a lease, fires the due steps it lists, and moves the cursor past buckets whose time is over.
 * A clock jump of weeks just means many (mostly absent) buckets in one tick. Several instances share the
 * work; a bucket claimed by a crashed instance is taken over once its lease expires. The thread, its timer and
 * its orderly stop are the platform's {@link BackgroundWorker}.
 */
public class DeadlineScheduler extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);
    /** Late start, early stop: the Mongo client it uses is up the whole time. Fired steps wait in their deadlines for the relay. */
    private static final int PHASE = Integer.MAX_VALUE - 200;
    /** Deadlines loaded and saved per round trip while firing a bucket. */
    private static final int BATCH = 500;

    private final TimeBuckets buckets;
    private final DeadlineTracker tracker;
    private final Clock clock;
    /** How long after its time each step was fired: the scheduler keeping up, or not (an operator's alert). */
    private final Timer lateness;

    public DeadlineScheduler(TimeBuckets buckets, DeadlineTracker tracker, Clock clock, Duration tickInterval,
            MeterRegistry meters) {
        super("deadline-scheduler", tickInterval, PHASE);
        this.buckets = buckets;
        this.tracker = tracker;
        this.clock = clock;
        this.lateness = Timer.builder("uplift.deadlines.step.lateness")
                .description("how long after its due time a ladder step was fired (business clock)")
                .publishPercentiles(0.5, 0.99).register(meters);
        buckets.initCursor(clock.instant()); // before any consumer files a step
    }

    @Override
    protected void pass() {
        tick();
    }

    /** One pass up to the present. Returns the number of steps fired. */
    public int tick() {
        Instant now = clock.instant();
        Instant last = buckets.lastProcessed().orElseGet(() -> {
            buckets.initCursor(now);
            return buckets.lastProcessed().orElseThrow();
        });
        int fired = 0;
        for (Instant bucket = last.plus(buckets.width()); !bucket.isAfter(now); bucket = bucket.plus(buckets.width())) {
            if (stopping()) {
                break;
            }
            boolean over = !bucket.plus(buckets.width()).isAfter(now);
            TimeBuckets.Claim claim = buckets.claim(bucket);
            if (claim instanceof Busy) {
                break; // another instance is on it; look again next tick
            }
            long filings = 0;
            if (claim instanceof Held held) {
                Lease lease = new Lease(bucket);
                fired += fire(bucket, held, now, lease);
                if (lease.lost) {
                    break; // another instance took the bucket over; it fires the rest
                }
                filings = held.filings();
            }
            if (!over) {
                if (claim instanceof Held) {
                    buckets.release(bucket);
                }
                break; // the current bucket: the rest of it comes due later
            }
            buckets.advanceCursor(bucket);
            fired += drain(bucket, filings, now);
        }
        return fired;
    }

    /**
     * This instance's hold on a claimed bucket while it fires it: renewed once a third of the lease has gone, so a
     * bucket with thousands of due steps never outlasts its lease and gets fired by two instances at once.
     */
    private final class Lease {

        private final Instant bucket;
        private final long renewEveryNanos = buckets.lease().toNanos() / 3;
        private long renewedAt = System.nanoTime();
        private boolean lost;

        Lease(Instant bucket) {
            this.bucket = bucket;
        }

        boolean holds() {
            if (!lost && System.nanoTime() - renewedAt > renewEveryNanos) {
                lost = !buckets.renew(bucket);
                renewedAt = System.nanoTime();
            }
            return !lost;
        }
    }

    /** Fires what a bucket filed late (between our read and the cursor move), then deletes it. */
    private int drain(Instant bucket, long filings, Instant now) {
        int fired = 0;
        for (int round = 0; round < 10; round++) {
            Held current = buckets.read(bucket).orElse(null);
            if (current == null) {
                return fired;
            }
            if (current.filings() != filings || !current.entries().isEmpty()) {
                fired += fire(bucket, current, now, null); // behind the cursor: only we look here
                filings = current.filings();
                continue;
            }
            if (buckets.deleteIfUnchanged(bucket, filings)) {
                return fired;
            }
        }
        return fired;
    }

    /**
     * Fires a bucket's due entries in batches of {@value #BATCH} deadlines, the lease checked (and renewed) before
     * each: one load and one bulk save a batch ({@link DeadlineTracker#fireDue(List, Instant)}). A deadline changed
     * meanwhile, or a batch whose bulk failed, is fired one by one. The entries fired are taken out of the bucket at
     * the end; a crash before that fires them again later, which fires nothing twice (a fired step stays fired).
     */
    private int fire(Instant bucket, Held held, Instant now, Lease lease) {
        List<Entry> due = held.entries().stream().filter(entry -> !entry.at().isAfter(now)).toList();
        int fired = 0;
        List<Entry> done = new ArrayList<>();
        for (int from = 0; from < due.size(); from += BATCH) {
            if (lease != null && !lease.holds()) {
                break; // what is left stays in the bucket for the instance that holds it now
            }
            List<Entry> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            fired += fireBatch(bucket, batch, now);
            done.addAll(batch);
        }
        buckets.remove(bucket, held, done);
        return fired;
    }

    private int fireBatch(Instant bucket, List<Entry> batch, Instant now) {
        List<Entry> oneByOne;
        int fired = 0;
        try {
            DeadlineTracker.BatchFiring firing = tracker.fireDue(
                    batch.stream().map(Entry::deadlineId).distinct().toList(), now);
            fired = firing.fired().size();
            Set<String> conflicted = Set.copyOf(firing.conflicted());
            oneByOne = batch.stream().filter(entry -> conflicted.contains(entry.deadlineId())).toList();
            batch.stream().filter(entry -> !conflicted.contains(entry.deadlineId()))
                    .forEach(entry -> lateness.record(Duration.between(entry.at(), now)));
        } catch (RuntimeException e) {
            log.warn("firing a batch of {} deadlines failed, firing them one by one: {}", batch.size(), e.toString());
            oneByOne = batch;
        }
        for (Entry entry : oneByOne) {
            fired += fireOne(bucket, entry, now);
        }
        return fired;
    }

    private int fireOne(Instant bucket, Entry entry, Instant now) {
        try {
            int fired = tracker.fireDue(entry.deadlineId(), now).size();
            lateness.record(Duration.between(entry.at(), now));
            return fired;
        } catch (RuntimeException e) {
            log.warn("deadline {}: firing its steps failed, retrying in the next bucket: {}",
                    entry.deadlineId(), e.toString());
            buckets.file(entry.deadlineId(), entry.at(), bucket.plus(buckets.width()));
            return 0;
        }
    }
}

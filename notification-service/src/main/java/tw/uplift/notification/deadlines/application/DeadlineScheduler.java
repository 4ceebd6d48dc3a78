package tw.uplift.notification.deadlines.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.notification.deadlines.persistence.TimeBuckets.Busy;
import tw.uplift.notification.deadlines.persistence.TimeBuckets.Claimed;
import tw.uplift.notification.deadlines.persistence.TimeBuckets.Entry;

/**
 * Walks the time buckets from the cursor up to the present every tick, by {@code _id} only: claims each
 * bucket with a lease, fires the due steps it lists, and moves the cursor past buckets whose time is over.
 * A clock jump of weeks just means many (mostly absent) buckets in one tick. Several instances share the
 * work; a bucket claimed by a crashed instance is taken over once its lease expires.
 */
public class DeadlineScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadlineScheduler.class);

    private final TimeBuckets buckets;
    private final DeadlineTracker tracker;
    private final Clock clock;
    private final Duration tickInterval;
    private final Duration lease;
    private final String owner = UUID.randomUUID().toString();
    private volatile boolean running;
    private final Semaphore stopping = new Semaphore(0);
    private volatile Thread worker;

    public DeadlineScheduler(TimeBuckets buckets, DeadlineTracker tracker, Clock clock, Duration tickInterval,
            Duration lease) {
        this.buckets = buckets;
        this.tracker = tracker;
        this.clock = clock;
        this.tickInterval = tickInterval;
        this.lease = lease;
        buckets.initCursor(clock.instant()); // before any consumer files a step
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
            if (!running && worker != null) {
                break;
            }
            boolean over = !bucket.plus(buckets.width()).isAfter(now);
            TimeBuckets.Claim claim = buckets.claim(bucket, now, lease, owner);
            if (claim instanceof Busy) {
                break; // another instance is on it; look again next tick
            }
            long filings = 0;
            if (claim instanceof Claimed claimed) {
                fired += fire(bucket, claimed.entries(), now);
                filings = claimed.filings();
            }
            if (!over) {
                if (claim instanceof Claimed) {
                    buckets.release(bucket, owner);
                }
                break; // the current bucket: the rest of it comes due later
            }
            buckets.advanceCursor(bucket);
            fired += drain(bucket, filings, now);
        }
        return fired;
    }

    /** Fires what a bucket filed late (between our read and the cursor move), then deletes it. */
    private int drain(Instant bucket, long filings, Instant now) {
        int fired = 0;
        for (int round = 0; round < 10; round++) {
            Claimed current = buckets.read(bucket).orElse(null);
            if (current == null) {
                return fired;
            }
            if (current.filings() != filings || !current.entries().isEmpty()) {
                fired += fire(bucket, current.entries(), now);
                filings = current.filings();
                continue;
            }
            if (buckets.deleteIfUnchanged(bucket, filings)) {
                return fired;
            }
        }
        return fired;
    }

    private int fire(Instant bucket, List<Entry> entries, Instant now) {
        int fired = 0;
        List<Entry> done = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.at().isAfter(now)) {
                continue;
            }
            try {
                fired += tracker.fireDue(entry.deadlineId(), now).size();
            } catch (RuntimeException e) {
                log.warn("deadline {}: firing its steps failed, retrying in the next bucket: {}",
                        entry.deadlineId(), e.toString());
                buckets.file(entry.deadlineId(), entry.at(), bucket.plus(buckets.width()));
            }
            done.add(entry);
        }
        buckets.remove(bucket, done);
        return fired;
    }

    private void loop() {
        while (running) {
            try {
                tick();
            } catch (RuntimeException e) {
                log.warn("deadline scheduler tick failed: {}", e.toString());
            }
            try {
                if (stopping.tryAcquire(tickInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
        stopping.drainPermits();
        worker = Thread.ofVirtual().name("deadline-scheduler").start(this::loop);
    }

    @Override
    public void stop() {
        running = false;
        Thread t = worker;
        if (t != null) {
            stopping.release();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}

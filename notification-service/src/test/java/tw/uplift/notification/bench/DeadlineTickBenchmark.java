package tw.uplift.notification.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.notification.deadlines.application.DeadlineLadders;
import tw.uplift.notification.deadlines.application.DeadlineScheduler;
import tw.uplift.notification.deadlines.application.DeadlineTracker;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.platform.calendar.OfficeCalendarLoader;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.test.bench.BenchFigure;
import tw.uplift.platform.test.bench.BenchReport;
import tw.uplift.platform.test.bench.Stats;

/**
 * A benchmark, not a test: the deadline tick at the size (#14: a tick over 1,000,000 obligations with 1 % due
 * ≤ 1.5 × reading the due ones by {@code _id}). Run it by name, with the full JIT: {@code ./mvnw -o -pl
 * notification-service -am verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=DeadlineTickBenchmark -Dfailsafe.failIfNoSpecifiedTests=false -Duplift.it.jit=} (or {@code ./uplift
 * bench}); {@code -Dbench.obligations=N} for another size. Nothing is asserted: the figures go to {@link BenchReport}.
 * On the store the tests use (the in-JVM wire-protocol MongoDB, a database of its own), as production wires the
 * tracker, with the indexes {@link Deadline} declares (production creates them at start-up):
 * <ol>
 *   <li><b>seeding</b> — {@code bench.obligations} (default 1,000,000) dated obligations, due over 250 days. Through
 *       the tracker that would take most of an hour (a few hundred registrations a second), so the store is seeded
 *       directly with what registration stores: each {@link Deadline} built by {@link Deadline#track} with the ladder
 *       its kind and body get, turned into its document by the template's converter and inserted
 *       {@value #SEED_BATCH} at a time, and every pending step filed in its time bucket
 *       ({@link TimeBuckets#fileIntoNewBuckets}, the buckets' stored form);</li>
 *   <li><b>registration</b> — {@value #REGISTERED} more obligations registered through {@link DeadlineTracker#register}
 *       on the seeded store, against single inserts of the same deadline documents (informational: no goal);</li>
 *   <li><b>tick</b> — one {@link DeadlineScheduler#tick} in which 1 % of the obligations are due (their 7-day
 *       reminder): the buckets walked by {@code _id}, the due deadlines loaded, fired and saved in batches;</li>
 *   <li><b>anchor</b> — reading just those due deadlines by {@code _id}, as raw documents, in batches of
 *       {@value #TICK_BATCH} ({@code $in} on {@code _id}, the tick's batching), measured just before the tick on the
 *       same store; reading them as {@link Deadline}s (what the tick loads) is printed beside it.</li>
 * </ol>
 * One warm-up round and {@value #ROUNDS} measured ones, each with its own 1 % (due on another day): medians reported.
 *
 * <p>Measured on the 2-core build machine with other builds running (indicative): 500,000 seeded in 32 s, 4.4 GiB of
 * heap, 80 s in all; a tick firing 5,000 steps ≈ 0.9 s against ≈ 0.1 s for reading them by {@code _id} (≈ 0.14 s as
 * {@code Deadline}s): a ratio of about 9.5, from 104 at 20,000 before the tick fired in batches (each versioned save
 * was then a scan of every deadline). What is left is the write itself: each due deadline is converted to its stored
 * form twice (to judge whether the command changed it) and replaced whole, and the embedded store clones and
 * re-encodes every replaced document. Registration, about 110/s here, files each step with {@code $addToSet} into a
 * bucket of thousands, which the embedded store compares and re-encodes whole.
 */
class DeadlineTickBenchmark {

    private static final String NAME = "deadline tick";
    /**
     * Half the million: the embedded store keeps everything on the test JVM's heap (a quarter of the RAM,
     * 6 GiB here), about 9 KiB per obligation with its deadline and its five filed steps, so 1,000,000 does not fit.
     */
    private static final int DEFAULT_OBLIGATIONS = 500_000;
    private static final int ROUNDS = 3;
    private static final int WARM_UP = 1;
    /** Each round's due 1 %: obligations {@code i} with {@code i % 100 == round}. */
    private static final int SHARE = 100;
    /** The days over which the obligations not due in any round fall. */
    private static final int SPREAD_DAYS = 250;
    private static final int SEED_BATCH = 5_000;
    /** The scheduler's batch (DeadlineScheduler.BATCH), for the anchor's reads. */
    private static final int TICK_BATCH = 500;
    private static final int REGISTERED = 1_000;
    private static final Instant START = LocalDateTime.of(2026, 3, 2, 10, 0).atZone(TaipeiTime.ZONE).toInstant();

    @Test
    void oneTickWithOnePercentDueAgainstReadingThemById() {
        int n = Integer.getInteger("bench.obligations", DEFAULT_OBLIGATIONS);
        NotificationHarness service = NotificationHarness.startAt(START, OfficeCalendarLoader.load(null));
        try {
            run(service, n);
        } finally {
            service.afterEach(null);
        }
    }

    private static void run(NotificationHarness service, int n) {
        MongoTemplate mongo = service.get(MongoTemplate.class);
        LocalDate today = service.today();
        createDeclaredIndexes(mongo);
        long t0 = System.nanoTime();
        seed(service, n, today);
        System.out.printf(Locale.ROOT, "%nDeadlineTickBenchmark: %,d obligations seeded in %.1f s; heap used %,d MiB%n",
                n, seconds(t0), usedHeapMiB());

        registration(service, n, today);

        DeadlineScheduler scheduler = service.get(DeadlineScheduler.class);
        scheduler.tick(); // the cursor up to the present: nothing is due yet
        List<Double> ticks = new ArrayList<>();
        List<Double> anchors = new ArrayList<>();
        List<Double> entityReads = new ArrayList<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            List<String> due = new ArrayList<>();
            for (int i = round; i < n; i += SHARE) {
                due.add(idOf(i));
            }
            double rawMs = readInBatches(mongo, due, Document.class);
            double entityMs = readInBatches(mongo, due, Deadline.class);
            // the hour of the round's reminders is over: one tick fires them all
            service.clock().advanceTo(today.plusDays(1 + round).atTime(10, 0).atZone(TaipeiTime.ZONE).toInstant());
            long tick0 = System.nanoTime();
            int fired = scheduler.tick();
            double tickMs = (System.nanoTime() - tick0) / 1e6;
            boolean warmUp = round < WARM_UP;
            if (!warmUp) {
                ticks.add(tickMs);
                anchors.add(rawMs);
                entityReads.add(entityMs);
            }
            System.out.printf(Locale.ROOT, "round %d%s: tick fired %,d steps in %.0f ms; the %,d due read by _id in %.0f ms"
                    + " (as Deadline: %.0f ms)%n", round + 1, warmUp ? " (warm-up)" : "", fired, tickMs, due.size(),
                    rawMs, entityMs);
        }
        double anchor = Stats.median(anchors);
        String figure = String.format(Locale.ROOT, "tick, %,d of %,d due", n / SHARE, n);
        BenchReport.record(BenchFigure.atMost(NAME, figure, ticks, "ms", "the due ones read by _id", anchor,
                "≤ 1.5 × anchor", 1.5 * anchor));
        BenchReport.record(BenchFigure.informational(NAME, "the due ones read by _id as Deadline", entityReads, "ms",
                "the due ones read by _id", anchor));
        System.out.printf(Locale.ROOT, "DeadlineTickBenchmark: done in %.0f s in all; heap used %,d MiB%n%n", seconds(t0),
                usedHeapMiB());
    }

    /** The deadlines' indexes as the service declares them (production creates them at start-up; the harness not). */
    private static void createDeclaredIndexes(MongoTemplate mongo) {
        IndexOperations indexes = mongo.indexOps(Deadline.class);
        new MongoPersistentEntityIndexResolver(mongo.getConverter().getMappingContext())
                .resolveIndexFor(Deadline.class).forEach(indexes::createIndex);
    }

    /** What registering obligations 0 … n-1 stores, written in bulk: the deadlines, then their steps' buckets. */
    private static void seed(NotificationHarness service, int n, LocalDate today) {
        MongoTemplate mongo = service.get(MongoTemplate.class);
        DeadlineLadders ladders = service.get(DeadlineLadders.class);
        Instant now = service.clock().instant();
        List<TimeBuckets.Entry> steps = new ArrayList<>();
        for (int from = 0; from < n; from += SEED_BATCH) {
            List<Document> documents = new ArrayList<>(SEED_BATCH);
            for (int i = from; i < Math.min(n, from + SEED_BATCH); i++) {
                Owed owed = owed(i, dueDateOf(i, today));
                Deadline deadline = Deadline.track(owed, ladders.of(owed.obligation().item().kind(),
                        owed.obligation().parties().supervisingBodyId()), now);
                documents.add(storedForm(mongo, deadline));
                deadline.pendingStepTimes().forEach(at -> steps.add(new TimeBuckets.Entry(deadline.getId(), at)));
            }
            mongo.getCollection(mongo.getCollectionName(Deadline.class)).insertMany(documents);
        }
        service.get(TimeBuckets.class).fileIntoNewBuckets(steps);
    }

    /** A new deadline's document as its first save writes it (version 0). */
    private static Document storedForm(MongoTemplate mongo, Deadline deadline) {
        Document document = new Document();
        mongo.getConverter().write(deadline, document);
        document.put("version", 0L);
        return document;
    }

    /** Registrations per second through the tracker, against single inserts of the same documents. */
    private static void registration(NotificationHarness service, int n, LocalDate today) {
        DeadlineTracker tracker = service.get(DeadlineTracker.class);
        MongoTemplate mongo = service.get(MongoTemplate.class);
        DeadlineLadders ladders = service.get(DeadlineLadders.class);
        List<Double> registered = new ArrayList<>();
        List<Double> inserted = new ArrayList<>();
        int next = n;
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            int first = next;
            double registerPerSecond = perSecond(REGISTERED, i -> tracker.register(owed(first + i, later(first + i, today))));
            int insertFirst = first + REGISTERED;
            Instant now = service.clock().instant();
            double insertPerSecond = perSecond(REGISTERED, i -> {
                Owed owed = owed(insertFirst + i, later(insertFirst + i, today));
                mongo.getCollection(mongo.getCollectionName(Deadline.class)).insertOne(storedForm(mongo,
                        Deadline.track(owed, ladders.of(owed.obligation().item().kind(),
                                owed.obligation().parties().supervisingBodyId()), now)));
            });
            next = insertFirst + REGISTERED;
            if (round >= WARM_UP) {
                registered.add(registerPerSecond);
                inserted.add(insertPerSecond);
            }
        }
        BenchReport.record(BenchFigure.informational(NAME, "registrations through the tracker", registered, "/s",
                "single inserts of the same deadlines", Stats.median(inserted)));
    }

    private static double perSecond(int count, IntConsumer each) {
        long t0 = System.nanoTime();
        for (int i = 0; i < count; i++) {
            each.accept(i);
        }
        return count / seconds(t0);
    }

    private static double readInBatches(MongoTemplate mongo, List<String> ids, Class<?> as) {
        long t0 = System.nanoTime();
        int read = 0;
        for (int from = 0; from < ids.size(); from += TICK_BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + TICK_BATCH));
            read += mongo.find(Query.query(Criteria.where("_id").in(batch)), as, "deadlines").size();
        }
        if (read != ids.size()) {
            throw new IllegalStateException("read " + read + " of " + ids.size() + " deadlines");
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    /** The due share of round r is due on today + 8 + r (its 7-day reminder on day r + 1, 09:00); the rest later. */
    private static LocalDate dueDateOf(int i, LocalDate today) {
        int share = i % SHARE;
        return share < WARM_UP + ROUNDS ? today.plusDays(8 + share) : later(i, today);
    }

    /** A due date after every round's (the obligations never due in a tick here). */
    private static LocalDate later(int i, LocalDate today) {
        return today.plusDays(40 + (i % SPREAD_DAYS));
    }

    private static String idOf(int i) {
        return Deadline.idOfMeasure(planOf(i), "m-" + i);
    }

    private static String planOf(int i) {
        return "plan-" + (i / 20);
    }

    private static Owed owed(int i, LocalDate due) {
        String planId = planOf(i);
        return new Owed(Obligation.dated(TrackedItem.measure(planId, "m-" + i), Parties.ofAgency("agency-" + (i % 500),
                "body-" + (i % 20)), "措施 " + i, due), new EventPosition("/uplift/plan-service", planId, 1));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /** The heap in use after a collection: mostly the embedded store's documents. */
    private static long usedHeapMiB() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }
}

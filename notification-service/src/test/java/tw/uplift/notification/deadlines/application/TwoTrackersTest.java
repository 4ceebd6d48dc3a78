package tw.uplift.notification.deadlines.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.notification.deadlines.persistence.TimeBuckets;
import tw.uplift.notification.deadlines.persistence.TimeBuckets.Held;
import tw.uplift.notification.support.PlanEvents;
import tw.uplift.platform.events.EventPosition;

/**
 * Two tracker instances on one store: each has its own {@link TimeBuckets} (its own lease owner) and its own
 * {@link DeadlineScheduler}, as two processes would, and they share the deadlines, the buckets and the cursor.
 * They never fire the same step twice, and the bucket of an instance that dies holding it is taken over once its
 * lease expires, with no step lost.
 */
class TwoTrackersTest {

    private static final Duration SHORT_LEASE = Duration.ofMillis(400);
    /**
     * Longer than any batch takes here. (With a lease shorter than a batch, the second instance takes the bucket
     * over while the first still fires it, and only the deadline's optimistic lock keeps a step single; the
     * in-memory test store was seen to let one through then, once in several runs.)
     */
    private static final Duration LEASE = Duration.ofSeconds(30);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    /** Another instance: its own lease owner on the same collections. */
    private TimeBuckets bucketsOfAnotherInstance(Duration lease) {
        return new TimeBuckets(service.get(MongoTemplate.class), Duration.ofHours(1), lease, Clock.systemUTC());
    }

    private DeadlineScheduler schedulerOn(TimeBuckets buckets) {
        return new DeadlineScheduler(buckets, service.get(DeadlineTracker.class), service.clock(), Duration.ofSeconds(1),
                new SimpleMeterRegistry());
    }

    /** {@code count} measures of one plan, due over the coming days (so their steps fall into many buckets). */
    private List<String> registered(int count, LocalDate firstDue) {
        DeadlineTracker tracker = service.get(DeadlineTracker.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String planId = "plan-" + (i % 7);
            TrackedItem item = TrackedItem.measure(planId, "m-" + i);
            tracker.register(new Owed(Obligation.dated(item, Parties.ofAgency(PlanEvents.AGENCY, PlanEvents.BODY),
                    "措施 " + i, firstDue.plusDays(i % 9)), new EventPosition("/uplift/plan-service", planId, 1)));
            ids.add(Deadline.idOfMeasure(planId, "m-" + i));
        }
        return ids;
    }

    private static Instant taipei(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(TaipeiTime.ZONE).toInstant();
    }

    /** How many times each (deadline, step) was recorded: every count must be 1. */
    private Map<String, Long> recordedPerStep() {
        List<String> keys = new ArrayList<>();
        service.published(Deadline.class, DeadlineApproaching.class)
                .forEach(a -> keys.add(a.deadlineId() + ":remind-" + a.daysLeft()));
        service.published(Deadline.class, ItemOverdue.class).forEach(o -> keys.add(o.deadlineId() + ":overdue"));
        return keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void twoInstancesTickingTogetherNeverFireAStepTwice() throws Exception {
        LocalDate firstDue = service.today().plusDays(8);
        List<String> ids = registered(300, firstDue);
        DeadlineScheduler one = schedulerOn(bucketsOfAnotherInstance(LEASE));
        DeadlineScheduler two = schedulerOn(bucketsOfAnotherInstance(LEASE));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            // day by day through every reminder and overdue step, both instances ticking at the same time
            for (LocalDate day = service.today(); !day.isAfter(firstDue.plusDays(10)); day = day.plusDays(1)) {
                service.clock().advanceTo(taipei(day, 12));
                List<Callable<Integer>> ticks = List.of(one::tick, two::tick, one::tick, two::tick);
                for (Future<Integer> f : pool.invokeAll(ticks)) {
                    f.get();
                }
                for (Future<Integer> f : pool.invokeAll(List.<Callable<Integer>>of(one::tick, two::tick))) {
                    f.get();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        one.tick();
        two.tick();

        Map<String, Long> perStep = recordedPerStep();
        assertThat(perStep).as("each step of each deadline: 7 and 1 days before, overdue")
                .hasSize(ids.size() * 3);
        assertThat(perStep.values()).as("recorded once each").containsOnly(1L);
    }

    @Test
    void aTrackerKilledMidBatchLosesNoStepOnceItsLeaseExpires() throws Exception {
        LocalDate due = service.today().plusDays(8);
        List<String> ids = registered(40, due);
        // all 40 "7 days before" reminders that are due on the day (due - 7 at 09:00) sit in one bucket
        Instant reminders = taipei(due.minusDays(7), 9);
        service.clock().advanceTo(reminders.plus(Duration.ofMinutes(70))); // that hour's bucket is over
        DeadlineTracker tracker = service.get(DeadlineTracker.class);

        TimeBuckets dying = bucketsOfAnotherInstance(SHORT_LEASE);
        Instant bucket = dying.bucketOf(reminders);
        Held held = (Held) dying.claim(bucket);
        assertThat(held.entries()).hasSizeGreaterThanOrEqualTo(5);
        int half = held.entries().size() / 2;
        for (TimeBuckets.Entry entry : held.entries().subList(0, half)) {
            tracker.fireDue(entry.deadlineId(), service.clock().instant()); // fires part of the batch …
        }
        // … and dies: no removal, no release, no cursor move.

        DeadlineScheduler survivor = schedulerOn(bucketsOfAnotherInstance(SHORT_LEASE));
        survivor.tick();
        long firedWhileHeld = service.published(Deadline.class, DeadlineApproaching.class).size();
        assertThat(firedWhileHeld).as("the bucket is the dead instance's until its lease expires").isEqualTo(half);

        Thread.sleep(SHORT_LEASE.toMillis() + 200);
        survivor.tick();

        List<DeadlineApproaching> sent = service.published(Deadline.class, DeadlineApproaching.class);
        long dueThatDay = ids.stream().map(id -> service.deadline(id).orElseThrow())
                .filter(d -> d.dueDate().equals(due)).count();
        assertThat(sent).as("every reminder of the batch, none twice").hasSize((int) dueThatDay)
                .extracting(DeadlineApproaching::deadlineId).doesNotHaveDuplicates();
        assertThat(dying.read(bucket)).as("the bucket was finished and deleted (the cursor moved past it)").isEmpty();
    }
}

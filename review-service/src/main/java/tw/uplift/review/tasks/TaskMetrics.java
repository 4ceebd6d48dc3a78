package tw.uplift.review.tasks;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.platform.work.BackgroundWorker;

/**
 * The review desk in numbers, for the operator's dashboard: open tasks by kind and age ({@code uplift.review.tasks.
 * waiting}, age in days since opened: 0-4, 5-9, 10-19, 20+), open tasks past their due date by kind
 * ({@code uplift.review.tasks.overdue}), tasks nobody holds by body ({@code uplift.review.tasks.unassigned}), read in
 * one pass over the open tasks every 30 s; and the time from opening to decision by kind and outcome
 * ({@code uplift.review.decision.time}), recorded as each task closes.
 */
@Component
public class TaskMetrics extends BackgroundWorker {

    /** Age buckets in days since a task was opened, lower bounds. */
    private static final int[] AGES = {0, 5, 10, 20};

    private final MongoTemplate mongo;
    private final Clock clock;
    private final MeterRegistry meters;
    private final MultiGauge waiting;
    private final MultiGauge overdue;
    private final MultiGauge unassigned;

    TaskMetrics(MongoTemplate mongo, Clock clock, MeterRegistry meters) {
        super("review-task-metrics", Duration.ofSeconds(30), 0);
        this.mongo = mongo;
        this.clock = clock;
        this.meters = meters;
        this.waiting = MultiGauge.builder("uplift.review.tasks.waiting")
                .description("open review tasks by kind and age in days since opened").register(meters);
        this.overdue = MultiGauge.builder("uplift.review.tasks.overdue")
                .description("open review tasks past their due date, by kind").register(meters);
        this.unassigned = MultiGauge.builder("uplift.review.tasks.unassigned")
                .description("open review tasks in a body's candidate group (nobody holds them), by body")
                .register(meters);
    }

    /** Records how long a task took from opening to its decision (or cancellation). */
    void closed(ReviewTask task) {
        if (task.openedAt() == null || task.decidedAt() == null) {
            return;
        }
        Timer.builder("uplift.review.decision.time").description("time from a task's opening to its decision")
                .tags("kind", task.kind().name(), "outcome", task.outcome() == null ? "none" : task.outcome())
                .register(meters).record(Duration.between(task.openedAt(), task.decidedAt()));
    }

    @Override
    protected void pass() {
        LocalDate today = TaipeiTime.today(clock);
        Map<Tags, Integer> byAge = new HashMap<>();
        Map<Tags, Integer> late = new HashMap<>();
        Map<Tags, Integer> nobody = new HashMap<>();
        // Every kind and age is a row, at 0 when empty, so a dashboard shows the zeros.
        for (ReviewTaskKind kind : ReviewTaskKind.values()) {
            for (int age : AGES) {
                byAge.put(Tags.of("kind", kind.name(), "age", bucket(age)), 0);
            }
            late.put(Tags.of("kind", kind.name()), 0);
        }
        // Every body with reviewers is a row too, at 0 while none of its tasks waits with nobody assigned.
        for (String body : mongo.findDistinct(new Query(), "bodyId", Reviewer.class, String.class)) {
            if (body != null) {
                nobody.put(Tags.of("body", body), 0);
            }
        }
        Query open = Query.query(Criteria.where("status").in(ReviewTaskStatus.OPEN.name(),
                ReviewTaskStatus.CLAIMED.name()));
        open.fields().include("kind", "openedAt", "dueDate", "assigneeId", "supervisingBodyId", "status");
        for (ReviewTask task : mongo.find(open, ReviewTask.class)) {
            long days = task.openedAt() == null ? 0
                    : ChronoUnit.DAYS.between(TaipeiTime.dateOf(task.openedAt()), today);
            byAge.merge(Tags.of("kind", task.kind().name(), "age", bucket(days)), 1, Integer::sum);
            if (task.overdueOn(today)) {
                late.merge(Tags.of("kind", task.kind().name()), 1, Integer::sum);
            }
            if (task.inCandidateGroup()) {
                nobody.merge(Tags.of("body", task.supervisingBodyId() == null ? "unknown" : task.supervisingBodyId()),
                        1, Integer::sum);
            }
        }
        waiting.register(rows(byAge), true);
        overdue.register(rows(late), true);
        unassigned.register(rows(nobody), true);
    }

    private static String bucket(long days) {
        for (int i = AGES.length - 1; i >= 0; i--) {
            if (days >= AGES[i]) {
                return i == AGES.length - 1 ? AGES[i] + "+" : AGES[i] + "-" + (AGES[i + 1] - 1);
            }
        }
        return bucket(0);
    }

    private static List<MultiGauge.Row<?>> rows(Map<Tags, Integer> counts) {
        List<MultiGauge.Row<?>> rows = new ArrayList<>();
        counts.forEach((tags, n) -> rows.add(MultiGauge.Row.of(tags, n)));
        return rows;
    }
}

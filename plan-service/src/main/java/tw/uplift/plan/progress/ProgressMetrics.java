package tw.uplift.plan.progress;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanStatus;

/**
 * {@code uplift_progress_reports{state="due"|"late"}}: the progress reports not filed yet across the approved plans
 * ({@link ProgressReporting#outstanding}), for the 管考 dashboard: how many are due this period, how many are late.
 * Counted from the plans when scraped, at most once a minute: the reports change by the day, and reading every
 * approved plan on each 15-second scrape would be most of the service's reads.
 */
@Component
class ProgressMetrics {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private record Counts(Instant at, long due, long late) {
    }

    private final MongoTemplate mongo;
    private final ProgressReporting reporting;
    private final Clock clock;
    private final AtomicReference<Counts> last = new AtomicReference<>();

    ProgressMetrics(MongoTemplate mongo, ProgressReporting reporting, Clock clock, MeterRegistry meters) {
        this.mongo = mongo;
        this.reporting = reporting;
        this.clock = clock;
        Gauge.builder("uplift.progress.reports", this, m -> m.counts().due())
                .description("progress reports not filed yet, by state").tag("state", "due").register(meters);
        Gauge.builder("uplift.progress.reports", this, m -> m.counts().late())
                .description("progress reports not filed yet, by state").tag("state", "late").register(meters);
    }

    private Counts counts() {
        Instant now = clock.instant();
        Counts known = last.get();
        if (known != null && known.at().plus(FRESH_FOR).isAfter(now)) {
            return known;
        }
        List<Plan> approved = mongo.find(query(where("status").in(PlanStatus.APPROVED.name(),
                PlanStatus.PUBLISHED.name())), Plan.class);
        List<OutstandingReport> outstanding = approved.stream().flatMap(p -> reporting.outstanding(p).stream()).toList();
        long late = outstanding.stream().filter(OutstandingReport::late).count();
        Counts counted = new Counts(now, outstanding.size() - late, late);
        last.set(counted);
        return counted;
    }
}

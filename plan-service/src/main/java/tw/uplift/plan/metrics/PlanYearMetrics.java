package tw.uplift.plan.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanRepository;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.plan.lights.Light;
import tw.uplift.plan.lights.MeasureLight;
import tw.uplift.plan.progress.OutstandingReport;
import tw.uplift.plan.progress.PlanLights;
import tw.uplift.plan.progress.ProgressReporting;
import tw.uplift.platform.work.BackgroundWorker;

/**
 * The plan year for the business dashboard, refreshed every 30 s:
 * <ul>
 *   <li>{@code uplift_plans{status, year}}: plans by state and ROC year;</li>
 *   <li>{@code uplift_plan_measures{light}}: measures of approved plans by status light (燈號);</li>
 *   <li>{@code uplift_progress_reports{state}}: reports not filed yet ({@link ProgressReporting#outstanding}),
 *       {@code due} while their period runs, {@code late} once it has ended.</li>
 * </ul>
 * Read from the whole plans collection: one plan per agency and year makes a few thousand documents at most, and
 * one read every 30 s off the request path is cheaper than keeping counters in step with every change.
 */
@Component
public class PlanYearMetrics extends BackgroundWorker {

    private final PlanRepository plans;
    private final PlanLights lights;
    private final ProgressReporting reporting;
    private final Clock clock;
    private final MultiGauge byStatus;
    private final MultiGauge byLight;
    private final MultiGauge reports;

    PlanYearMetrics(PlanRepository plans, PlanLights lights, ProgressReporting reporting, Clock clock,
            MeterRegistry meters) {
        super("plan-year-metrics", Duration.ofSeconds(30), 0);
        this.plans = plans;
        this.lights = lights;
        this.reporting = reporting;
        this.clock = clock;
        this.byStatus = MultiGauge.builder("uplift.plans").description("plans by status and ROC year").register(meters);
        this.byLight = MultiGauge.builder("uplift.plan.measures").description("measures of approved plans by status light")
                .register(meters);
        this.reports = MultiGauge.builder("uplift.progress.reports")
                .description("progress reports not filed yet, by state").register(meters);
    }

    @Override
    protected void pass() {
        Map<Tags, Integer> statusCounts = new HashMap<>();
        Map<Light, Integer> lightCounts = new HashMap<>();
        long due = 0;
        long late = 0;
        LocalDate today = TaipeiTime.today(clock);
        // Every state of this year is a row, at 0 when no plan is in it, so a dashboard shows the zeros.
        String thisYear = Integer.toString(RocYear.of(today).value());
        for (PlanStatus status : PlanStatus.values()) {
            statusCounts.put(Tags.of("status", status.name(), "year", thisYear), 0);
        }
        for (Plan plan : plans.findAll()) {
            statusCounts.merge(Tags.of("status", plan.getStatus().name(), "year", Integer.toString(plan.getRocYear())),
                    1, Integer::sum);
            if (plan.getStatus().approved()) {
                lights.of(plan).measures().values().stream().map(MeasureLight::light)
                        .forEach(light -> lightCounts.merge(light, 1, Integer::sum));
                for (OutstandingReport owed : reporting.outstanding(plan)) {
                    if (owed.late()) {
                        late++;
                    } else {
                        due++;
                    }
                }
            }
        }
        byStatus.register(statusCounts.entrySet().stream()
                .map(e -> MultiGauge.Row.of(e.getKey(), e.getValue())).toList(), true);
        byLight.register(java.util.Arrays.stream(Light.values())
                .map(l -> MultiGauge.Row.of(Tags.of("light", l.name()), lightCounts.getOrDefault(l, 0))).toList(), true);
        reports.register(List.of(MultiGauge.Row.of(Tags.of("state", "due"), due),
                MultiGauge.Row.of(Tags.of("state", "late"), late)), true);
    }
}

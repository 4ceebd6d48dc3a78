package tw.uplift.contracts.plan;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A unit reported progress on a measure (填報執行成果).
 *
 * @param measureId the measure (推行作法)
 * @param planId its plan
 * @param agencyId its agency
 * @param reportId the progress report (執行成果)
 * @param period the reporting period: {@code 2026-03} (a month), {@code 2026-Q1} (a quarter), {@code 2026-H1}
 *               (a half year) or {@code 2026} (the year), after the measure's cadence; a dated measure reports
 *               on the quarter it is in
 * @param percentComplete 0..100
 * @param summary what was done
 * @param reportedAt when
 */
@EventType("tw.uplift.plan.MeasureProgressReported.v1")
public record MeasureProgressReported(
        String measureId,
        String planId,
        String agencyId,
        String reportId,
        String period,
        int percentComplete,
        String summary,
        Instant reportedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return planId;
    }
}

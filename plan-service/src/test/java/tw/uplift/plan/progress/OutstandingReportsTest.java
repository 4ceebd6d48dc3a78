package tw.uplift.plan.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.Plans;
import tw.uplift.plan.authoring.ProgressReport;
import tw.uplift.plan.authoring.ProgressReport.ProgressStatus;
import tw.uplift.plan.authoring.TrackingDecision;
import tw.uplift.contracts.review.TrackingVerdict;

/** What is due and late on a plan approved on 6 March 2026 (Plans.published). */
class OutstandingReportsTest {

    @Test
    void everyPeriodSinceApprovalWithoutAReportIsLateOnceEndedAndDueWhileItRuns() {
        Plan plan = Plans.published("p-1");

        List<OutstandingReport> outstanding = ProgressReporting.outstanding(plan, LocalDate.of(2026, 8, 15));

        assertThat(outstanding).extracting(o -> o.measureId() + " " + o.period() + " " + (o.late() ? "late" : "due"))
                .containsExactly(
                        "m-sop 2026-Q1 late", "m-sop 2026-Q2 late", "m-sop 2026-Q3 due",
                        "m-continuous 2026-Q1 late", "m-continuous 2026-Q2 late", "m-continuous 2026-Q3 due");
        assertThat(outstanding.get(2).dueOn()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aReportedPeriodIsNoLongerOutstandingAndACompletedMeasureOwesNothing() {
        Plan plan = Plans.published("p-1");
        plan.reportProgress(report("m-continuous", "2026-Q1", ProgressStatus.ON_TRACK, 30), at("2026-04-02"));
        plan.reportProgress(report("m-sop", "2026-Q2", ProgressStatus.DONE, 100), at("2026-05-02"));

        assertThat(ProgressReporting.outstanding(plan, LocalDate.of(2026, 8, 15)))
                .extracting(o -> o.measureId() + " " + o.period())
                .containsExactly("m-continuous 2026-Q2", "m-continuous 2026-Q3");
    }

    @Test
    void aMeasureReleasedFromTrackingOwesNothingAndOneKeptTrackedStillDoes() {
        Plan plan = Plans.published("p-1");
        plan.decideTracking(new TrackingDecision("m-sop", TrackingVerdict.RELEASED, "SOP 已公告", "reviewer",
                at("2026-05-04"), "check-1"), null);
        plan.decideTracking(new TrackingDecision("m-continuous", TrackingVerdict.KEPT_TRACKED, "尚無成效", "reviewer",
                at("2026-05-04"), "check-1"), null);

        assertThat(ProgressReporting.outstanding(plan, LocalDate.of(2026, 8, 15)))
                .extracting(OutstandingReport::measureId).containsOnly("m-continuous").hasSize(3);
    }

    @Test
    void aPlanNotApprovedOwesNoReports() {
        assertThat(ProgressReporting.outstanding(Plans.submitted("p-1"), LocalDate.of(2026, 8, 15))).isEmpty();
    }

    private static ProgressReport report(String measureId, String period, ProgressStatus status, int percent) {
        return new ProgressReport(ProgressReporting.reportId("p-1", measureId,
                tw.uplift.contracts.values.ReportingPeriod.parse(period).orElseThrow()), measureId, period, status,
                percent, "辦理中", null, List.of(), "clerk", Plans.NOW);
    }

    private static Instant at(String day) {
        return Instant.parse(day + "T02:00:00Z");
    }
}

package tw.uplift.notification.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.values.RocYear;

/** Plan events as plan-service publishes them, built by what they say. */
public final class PlanEvents {

    public static final String AGENCY = "kcg-civil-affairs";
    public static final String BODY = "kcg-rdec";

    private PlanEvents() {
    }

    /** An approval (審定) of the plan for the ROC year of {@code day}; add its measures. */
    public static Approval approval(String planId, LocalDate day) {
        return new Approval(planId, RocYear.of(day));
    }

    public static MeasureCompleted completed(String planId, String measureId) {
        return new MeasureCompleted(measureId, planId, AGENCY, Instant.now());
    }

    /** A progress report (執行成果) for a period as people write it: {@code 2026-Q1}, {@code 2026-03}. */
    public static MeasureProgressReported reported(String planId, String measureId, String period) {
        return new MeasureProgressReported(measureId, planId, AGENCY, "report-" + measureId + "-" + period, period, 50,
                "進度報告", Instant.now());
    }

    public static final class Approval {

        private final String planId;
        private final RocYear year;
        private final List<TrackedMeasure> measures = new ArrayList<>();

        private Approval(String planId, RocYear year) {
            this.planId = planId;
            this.year = year;
        }

        /** A dated measure with its 完成期限. */
        public Approval measureDue(String measureId, LocalDate due) {
            measures.add(new TrackedMeasure(measureId, String.valueOf(measures.size() + 1), "推動線上申辦 " + measureId,
                    List.of("戶政科"), due, null, "期限內"));
            return this;
        }

        /** A continuous measure (持續辦理) reporting every quarter. */
        public Approval reportedQuarterly(String measureId) {
            measures.add(new TrackedMeasure(measureId, String.valueOf(measures.size() + 1), "滿意度追蹤 " + measureId,
                    List.of("研考科"), null, "QUARTERLY", "持續辦理"));
            return this;
        }

        public PlanApproved build() {
            return new PlanApproved(planId, AGENCY, BODY, year.value(), 1, List.copyOf(measures), Instant.now());
        }
    }
}

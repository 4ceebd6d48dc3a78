package tw.uplift.notification.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanAmended;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanClosed;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.values.RocYear;

/** Plan events as plan-service publishes them, built by what they say. */
public final class PlanEvents {

    public static final String AGENCY = "kcg-civil-affairs";
    public static final String BODY = "kcg-rdec";

    private PlanEvents() {
    }

    /** An approval (審定) of the plan for the ROC year of {@code day}; add its measures, then {@link Measures#build}. */
    public static Measures approval(String planId, LocalDate day) {
        return new Measures(planId, RocYear.of(day));
    }

    /** An amendment (計畫修正) listing the plan's measures as they are now; add them, then {@link Measures#amended}. */
    public static Measures amendment(String planId, LocalDate day) {
        return new Measures(planId, RocYear.of(day));
    }

    /** An amendment that changed the plan's text but not its deadlines: it lists no measures. */
    public static PlanAmended amendedWithoutList(String planId) {
        return new PlanAmended(planId, AGENCY, 2, "修正預期效益文字", Instant.now(), BODY, null, null);
    }

    /** The closure (結案) of the plan's year, the ROC year of {@code day}. */
    public static PlanClosed closed(String planId, LocalDate day) {
        return new PlanClosed(planId, AGENCY, RocYear.of(day).value(), Instant.now());
    }

    public static MeasureCompleted completed(String planId, String measureId) {
        return new MeasureCompleted(measureId, planId, AGENCY, Instant.now());
    }

    /**
     * A progress report (執行成果) for a period as people write it: {@code 2026-03}, {@code 2026-Q1},
     * {@code 2026-H1}, {@code 2026}.
     */
    public static MeasureProgressReported reported(String planId, String measureId, String period) {
        return new MeasureProgressReported(measureId, planId, AGENCY, "report-" + measureId + "-" + period, period, 50,
                "進度報告", Instant.now());
    }

    /** A plan's measures as an approval or an amendment lists them. */
    public static final class Measures {

        private final String planId;
        private final RocYear year;
        private final List<TrackedMeasure> measures = new ArrayList<>();

        private Measures(String planId, RocYear year) {
            this.planId = planId;
            this.year = year;
        }

        /** A dated measure with its 完成期限. */
        public Measures measureDue(String measureId, LocalDate due) {
            measures.add(new TrackedMeasure(measureId, String.valueOf(measures.size() + 1), "推動線上申辦 " + measureId,
                    List.of("戶政科"), due, null, "期限內"));
            return this;
        }

        /** A continuous measure (持續辦理) reporting every quarter. */
        public Measures reportedQuarterly(String measureId) {
            return reportedEvery(measureId, "QUARTERLY");
        }

        /** A continuous measure reporting on a cadence as plan-service names it: MONTHLY … YEARLY. */
        public Measures reportedEvery(String measureId, String cadence) {
            measures.add(new TrackedMeasure(measureId, String.valueOf(measures.size() + 1), "滿意度追蹤 " + measureId,
                    List.of("研考科"), null, cadence, "持續辦理"));
            return this;
        }

        public PlanApproved build() {
            return new PlanApproved(planId, AGENCY, BODY, year.value(), 1, List.copyOf(measures), Instant.now());
        }

        /** The amendment, naming body and year as newer records of it do. */
        public PlanAmended amended() {
            return new PlanAmended(planId, AGENCY, 2, "修正推行作法及完成期限", Instant.now(), BODY, year.value(),
                    List.copyOf(measures));
        }
    }
}

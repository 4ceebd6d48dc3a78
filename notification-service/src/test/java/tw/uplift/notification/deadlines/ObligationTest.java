package tw.uplift.notification.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.values.ReportingPeriod;

class ObligationTest {

    @Test
    void aProgressReportIsDueOnTheLastDayOfItsPeriod() {
        Obligation q1 = Obligations.quarterlyReport("2026-Q1");

        assertThat(q1.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q1.title()).isEqualTo("執行成果填報（2026-Q1）：3. 滿意度追蹤");
    }

    @Test
    void theNextPeriodsReportIsOwedUntilThePlanYearEnds() {
        Obligation q3 = Obligations.quarterlyReport("2026-Q3");

        Obligation q4 = q3.nextPeriod().orElseThrow();

        assertThat(q4.reporting().period()).hasToString("2026-Q4");
        assertThat(q4.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(q4.title()).isEqualTo("執行成果填報（2026-Q4）：3. 滿意度追蹤");
        assertThat(q4.parties()).isEqualTo(q3.parties());
        assertThat(q4.nextPeriod()).as("2027-Q1 is past the plan year").isEmpty();
    }

    @Test
    void aDatedObligationOwesNothingAfterIt() {
        assertThat(Obligations.measureDue(LocalDate.of(2026, 3, 31)).nextPeriod()).isEmpty();
    }

    @Test
    void eachObligationHasTheIdOfWhatItTracks() {
        assertThat(Obligations.measureDue(LocalDate.of(2026, 3, 31)).deadlineId())
                .isEqualTo(Deadline.idOfMeasure("p-1", "m-1"))
                .isNotEqualTo(Deadline.idOfMeasure("p-1", "m-2"))
                .isNotEqualTo(Deadline.idOfMeasure("p-2", "m-1"));
        assertThat(Obligations.quarterlyReport("2026-Q1").deadlineId())
                .isEqualTo(Deadline.idOfProgressReport("p-1", "m-3", ReportingPeriod.parse("2026-Q1").orElseThrow()))
                .isNotEqualTo(Obligations.quarterlyReport("2026-Q2").deadlineId());
        assertThat(Obligations.reviewTaskDue(LocalDate.of(2026, 3, 31)).deadlineId())
                .isEqualTo(Deadline.idOfReviewTask("t-1"));
    }

    @Test
    void theReviewerIsRemindedOfTheirTaskAndTheAgencyOfItsMeasure() {
        assertThat(Obligations.reviewTaskDue(LocalDate.of(2026, 3, 31)).parties().responsible()).isEqualTo("user:reviewer");
        assertThat(Obligations.measureDue(LocalDate.of(2026, 3, 31)).parties().responsible())
                .isEqualTo("agency:kcg-civil-affairs");
    }
}

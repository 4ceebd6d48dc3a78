package tw.uplift.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DueDatesTest {

    /** Tuesday 6 February 2024, two days before the new-year holidays (8–14 February, 補班 Saturday 17th). */
    private static final LocalDate BEFORE_NEW_YEAR = LocalDate.of(2024, 2, 6);

    private final DueDates standard = DueDates.standard(CalendarFixtures.calendar2024());

    @Test
    void mostUrgentIsDueTheNextWorkingDay() {
        assertThat(standard.dueDate(BEFORE_NEW_YEAR, Urgency.MOST_URGENT)).isEqualTo(LocalDate.of(2024, 2, 7));
    }

    @Test
    void urgentCountsThreeWorkingDaysOverTheHolidays() {
        assertThat(standard.dueDate(BEFORE_NEW_YEAR, Urgency.URGENT)).isEqualTo(LocalDate.of(2024, 2, 16));
    }

    @Test
    void ordinaryCountsSixWorkingDaysIncludingTheMakeUpSaturday() {
        // 7th, 15th, 16th, 17th (補班), 19th, 20th
        assertThat(standard.dueDate(BEFORE_NEW_YEAR, Urgency.ORDINARY)).isEqualTo(LocalDate.of(2024, 2, 20));
    }

    @Test
    void configuredDaysReplaceTheStandardOnesOfThatUrgencyOnly() {
        DueDates dueDates = new DueDates(CalendarFixtures.calendar2024(), Map.of(Urgency.ORDINARY, 5));
        assertThat(dueDates.workingDays(Urgency.ORDINARY)).isEqualTo(5);
        assertThat(dueDates.workingDays(Urgency.URGENT)).isEqualTo(3);
        assertThat(dueDates.workingDays(Urgency.MOST_URGENT)).isEqualTo(1);
    }

    @Test
    void lessThanOneWorkingDayIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new DueDates(CalendarFixtures.calendar2024(), Map.of(Urgency.URGENT, 0)))
                .withMessageContaining("uplift.calendar.urgency.URGENT");
    }
}

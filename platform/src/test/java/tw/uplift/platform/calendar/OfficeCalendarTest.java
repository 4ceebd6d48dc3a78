package tw.uplift.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class OfficeCalendarTest {

    private final OfficeCalendar calendar = CalendarFixtures.calendar2024();

    @Test
    void fridayPlusFiveWorkingDaysIsTheNextFridayInAWeekWithoutHolidays() {
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 8), 5)).isEqualTo(LocalDate.of(2024, 3, 15));
    }

    @Test
    void countingSkipsTheNewYearHolidaysAndTakesTheMakeUpSaturday() {
        // Wednesday 7 February 2024; 8–14 February off (調整放假, 除夕, 春節, 補假); Saturday 17th is 補行上班.
        LocalDate wednesday = LocalDate.of(2024, 2, 7);
        assertThat(calendar.plusWorkingDays(wednesday, 1)).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(calendar.plusWorkingDays(wednesday, 3)).isEqualTo(LocalDate.of(2024, 2, 17));
        assertThat(calendar.plusWorkingDays(wednesday, 4)).isEqualTo(LocalDate.of(2024, 2, 19));
    }

    @Test
    void theMakeUpSaturdayIsAWorkingDayAndTheNationalHolidayIsNot() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 17))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 28))).isFalse();   // 和平紀念日, a Wednesday
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 24))).isFalse();   // an ordinary Saturday
    }

    @Test
    void workingDaysBetweenUndoesPlusWorkingDays() {
        LocalDate wednesday = LocalDate.of(2024, 2, 7);
        assertThat(calendar.workingDaysBetween(wednesday, LocalDate.of(2024, 2, 19))).isEqualTo(4);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 2, 19), wednesday)).isEqualTo(-4);
        assertThat(calendar.workingDaysBetween(wednesday, wednesday)).isZero();
    }

    @Test
    void aYearWithoutAFileCountsWeekendsOnlyAndIsReported() {
        LocalDate newYearsDay2025 = LocalDate.of(2025, 1, 1);   // a national holiday the calendar cannot know

        assertThat(calendar.isWorkingDay(newYearsDay2025)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 4))).isFalse();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 12, 31), 5)).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(calendar.yearsWeekendsOnly()).containsExactly(Year.of(2025));
        assertThat(calendar.knows(Year.of(2025))).isFalse();
        assertThat(calendar.knownYears()).containsExactly(Year.of(2024));
    }

    @Test
    void zeroWorkingDaysIsTheStartAndNegativeIsRefused() {
        LocalDate saturday = LocalDate.of(2024, 3, 9);
        assertThat(calendar.plusWorkingDays(saturday, 0)).isEqualTo(saturday);
        assertThat(calendar.plusWorkingDays(saturday, 1)).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.plusWorkingDays(saturday, -1));
    }

    @Test
    void aYearGivenTwiceIsRefused() {
        CalendarYear year = CalendarFixtures.year2024();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new OfficeCalendar(java.util.List.of(year, year)))
                .withMessageContaining("2024 is given twice");
    }
}

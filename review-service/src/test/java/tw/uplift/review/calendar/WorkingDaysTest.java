package tw.uplift.review.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 6);

    @Test
    void fridayPlusFiveWorkingDaysIsTheNextFriday() {
        assertThat(WorkingDays.weekendsOnly().plus(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void mondayPlusFiveWorkingDaysIsTheNextMonday() {
        assertThat(WorkingDays.weekendsOnly().plus(LocalDate.of(2026, 3, 9), 5)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void weekendSubmissionCountsFromMonday() {
        LocalDate saturday = LocalDate.of(2026, 3, 7);
        assertThat(WorkingDays.weekendsOnly().plus(saturday, 1)).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(WorkingDays.weekendsOnly().plus(saturday, 5)).isEqualTo(LocalDate.of(2026, 3, 13));
    }

    @Test
    void skipsTheHolidaysItIsGiven() {
        // 和平紀念日 2026-02-27 is a Friday: Thursday 26th + 1 working day is Monday 2 March.
        WorkingDays calendar = new WorkingDays(Set.of(LocalDate.of(2026, 2, 27)));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 2, 27))).isFalse();
        assertThat(calendar.plus(LocalDate.of(2026, 2, 26), 1)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(WorkingDays.weekendsOnly().isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(WorkingDays.weekendsOnly().isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(WorkingDays.weekendsOnly().isWorkingDay(FRIDAY)).isTrue();
    }

    @Test
    void zeroDaysIsTheSameDayAndNegativeIsRefused() {
        assertThat(WorkingDays.weekendsOnly().plus(FRIDAY, 0)).isEqualTo(FRIDAY);
        assertThatThrownBy(() -> WorkingDays.weekendsOnly().plus(FRIDAY, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

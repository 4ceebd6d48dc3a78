package tw.uplift.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.inbox.InboxKind;

/** When a person's preferences let a notice go, in Taipei time. */
class PreferencesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final QuietHours NIGHT = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(TaipeiTime.ZONE).toInstant();
    }

    @Test
    void quietHoursPastMidnightEndTheNextMorning() {
        assertThat(NIGHT.endOf(at(DAY, 23, 0))).contains(at(DAY.plusDays(1), 7, 0));
        assertThat(NIGHT.endOf(at(DAY, 6, 59))).contains(at(DAY, 7, 0));
        assertThat(NIGHT.endOf(at(DAY, 7, 0))).isEmpty();
        assertThat(NIGHT.endOf(at(DAY, 21, 59))).isEmpty();
        assertThat(NIGHT.endOf(at(DAY, 22, 0))).contains(at(DAY.plusDays(1), 7, 0));
    }

    @Test
    void quietHoursWithinOneDay() {
        QuietHours lunch = new QuietHours(LocalTime.of(12, 0), LocalTime.of(13, 30));
        assertThat(lunch.endOf(at(DAY, 12, 15))).contains(at(DAY, 13, 30));
        assertThat(lunch.endOf(at(DAY, 13, 30))).isEmpty();
        assertThat(lunch.endOf(at(DAY, 11, 59))).isEmpty();
    }

    @Test
    void criticalNoticesIgnoreQuietHoursAndTheDigest() {
        Preferences p = new Preferences("lin", Language.ZH_TW, null, NIGHT, true, null);
        assertThat(p.timing(InboxKind.ITEM_OVERDUE, true, at(DAY, 23, 0))).isEqualTo(new Timing.Now());
        assertThat(p.timing(InboxKind.OVERDUE_ESCALATED, true, at(DAY, 23, 0))).isEqualTo(new Timing.Now());
    }

    @Test
    void remindersGoIntoTheNextDigestOthersWaitForQuietHoursToEnd() {
        Preferences p = new Preferences("lin", Language.ZH_TW, null, NIGHT, true, null);
        assertThat(p.timing(InboxKind.DEADLINE_APPROACHING, false, at(DAY, 8, 29)))
                .isEqualTo(new Timing.InDigest(DAY, at(DAY, 8, 30)));
        assertThat(p.timing(InboxKind.DEADLINE_APPROACHING, false, at(DAY, 8, 30)))
                .isEqualTo(new Timing.InDigest(DAY.plusDays(1), at(DAY.plusDays(1), 8, 30)));
        assertThat(p.timing(InboxKind.PLAN_RETURNED, false, at(DAY, 23, 0)))
                .isEqualTo(new Timing.AfterQuietHours(at(DAY.plusDays(1), 7, 0)));
        assertThat(p.timing(InboxKind.PLAN_RETURNED, false, at(DAY, 10, 0))).isEqualTo(new Timing.Now());
    }

    @Test
    void eMailIsOnByDefaultAndTheInboxAlways() {
        Preferences defaults = Preferences.defaults("lin");
        assertThat(defaults.wants(InboxKind.PLAN_APPROVED, Channel.EMAIL)).isTrue();
        assertThat(defaults.digestAt()).isEqualTo(LocalTime.of(8, 30));
        Preferences noPlans = new Preferences("lin", Language.EN, java.util.Set.of(InboxKind.PLAN_APPROVED), null,
                false, null);
        assertThat(noPlans.wants(InboxKind.PLAN_APPROVED, Channel.EMAIL)).isFalse();
        assertThat(noPlans.wants(InboxKind.PLAN_APPROVED, Channel.IN_APP)).isTrue();
    }
}

package tw.uplift.contracts.values;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The domain's one time zone, Asia/Taipei (UTC+8, no daylight saving): due dates, reminders and plan years are all in it. */
public final class TaipeiTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Taipei");

    private TaipeiTime() {
    }

    /** Today in Taipei by the given clock (whatever zone the clock itself carries). */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    public static ZonedDateTime at(Instant instant) {
        return instant.atZone(ZONE);
    }
}

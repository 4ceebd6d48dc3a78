package tw.uplift.notification.delivery;

import java.time.Instant;
import java.time.LocalDate;

/** When a person's preferences let a notice go out: now, after their quiet hours, or in a day's digest. */
public sealed interface Timing {

    /** Now. */
    record Now() implements Timing {
    }

    /** Held until the quiet hours (勿擾時段) end. */
    record AfterQuietHours(Instant until) implements Timing {
    }

    /** Gathered into the digest (每日摘要) of {@code date}, sent at {@code at}. */
    record InDigest(LocalDate date, Instant at) implements Timing {
    }
}

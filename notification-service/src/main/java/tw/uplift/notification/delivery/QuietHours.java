package tw.uplift.notification.delivery;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * A person's quiet hours (勿擾時段) in Taipei time, e.g. 22:00–07:00: from {@code from} inclusive to {@code until}
 * exclusive, wrapping past midnight when {@code until} is earlier than {@code from}.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public QuietHours {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (from.equals(until)) {
            throw new IllegalArgumentException("quiet hours from and until are the same time");
        }
    }

    /** When the quiet hours that {@code now} falls in end; empty when {@code now} is outside them. */
    public Optional<Instant> endOf(Instant now) {
        ZonedDateTime at = TaipeiTime.at(now);
        LocalTime t = at.toLocalTime();
        boolean wraps = until.isBefore(from);
        if (!wraps) {
            return !t.isBefore(from) && t.isBefore(until)
                    ? Optional.of(at.toLocalDate().atTime(until).atZone(TaipeiTime.ZONE).toInstant())
                    : Optional.empty();
        }
        if (!t.isBefore(from)) {
            return Optional.of(at.toLocalDate().plusDays(1).atTime(until).atZone(TaipeiTime.ZONE).toInstant());
        }
        if (t.isBefore(until)) {
            return Optional.of(at.toLocalDate().atTime(until).atZone(TaipeiTime.ZONE).toInstant());
        }
        return Optional.empty();
    }
}

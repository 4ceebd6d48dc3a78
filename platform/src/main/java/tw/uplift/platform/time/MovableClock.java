package tw.uplift.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that only moves forward, so a demo or a test can jump to a deadline
 * without waiting. Every service takes time only from the {@code Clock} bean.
 */
public class MovableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public MovableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private MovableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    /** Moves the clock forward; time never goes back (consumers and deadlines assume it does not). */
    public Instant advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("the clock only moves forward");
        }
        offset.accumulateAndGet(by, Duration::plus);
        return instant();
    }

    /**
     * Moves the clock forward to {@code target} (e.g. "a week before the deadline" in a demo script); a target
     * that is not after now is refused for the same reason as a negative {@link #advance}.
     */
    public Instant advanceTo(Instant target) {
        offset.updateAndGet(current -> {
            Duration by = Duration.between(base.instant().plus(current), target);
            if (by.isNegative()) {
                throw new IllegalArgumentException("the clock only moves forward: " + target + " is in the past");
            }
            return current.plus(by);
        });
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MovableClock(base.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}

package tw.uplift.platform.time;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.domain.InvalidInput;

/**
 * {@code /admin/clock}: read the service's time, and (only where {@code uplift.clock.movable=true}, the
 * local run and tests) move it forward, e.g. {@code {"advanceBy": "P8D"}}.
 */
@RestController
@RequestMapping("/admin/clock")
public class ClockController {

    private final MovableClock clock;

    public ClockController(MovableClock clock) {
        this.clock = clock;
    }

    /** The service's now. */
    public record ClockView(Instant now, ZonedDateTime taipei, Duration offset) {
    }

    /**
     * How far to move the clock, exactly one of: {@code advanceBy}, an ISO-8601 duration such as {@code P8D} or
     * {@code PT36H}; {@code to}, a moment with its offset such as {@code 2026-12-24T10:00:00+08:00}.
     */
    public record Advance(Duration advanceBy, OffsetDateTime to) {
    }

    @GetMapping
    public ClockView now() {
        return view();
    }

    @PostMapping
    public ClockView advance(@RequestBody Advance request) {
        if ((request.advanceBy() == null) == (request.to() == null)) {
            throw InvalidInput.of("advanceBy", "give exactly one of advanceBy (e.g. P8D) or to (e.g. 2026-12-24T10:00:00+08:00)");
        }
        try {
            if (request.advanceBy() != null) {
                clock.advance(request.advanceBy());
            } else {
                clock.advanceTo(request.to().toInstant());
            }
        } catch (IllegalArgumentException backwards) {
            throw InvalidInput.of(request.advanceBy() != null ? "advanceBy" : "to", backwards.getMessage());
        }
        return view();
    }

    private ClockView view() {
        Instant now = clock.instant();
        return new ClockView(now, now.atZone(TaipeiTime.ZONE), clock.offset());
    }
}

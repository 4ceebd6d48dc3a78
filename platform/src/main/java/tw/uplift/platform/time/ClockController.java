package tw.uplift.platform.time;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    /** How far to move the clock: an ISO-8601 duration such as {@code P8D} or {@code PT36H}. */
    public record Advance(@NotNull Duration advanceBy) {
    }

    @GetMapping
    public ClockView now() {
        return view();
    }

    @PostMapping
    public ClockView advance(@Valid @RequestBody Advance request) {
        clock.advance(request.advanceBy());
        return view();
    }

    private ClockView view() {
        Instant now = clock.instant();
        return new ClockView(now, now.atZone(MovableClock.TAIPEI), clock.offset());
    }
}

package tw.uplift.plan.lights;

import java.util.List;
import java.util.Objects;

/**
 * Why a light is what it is: a message key in {@code plan-lights-messages} (see {@link LightMessageKeys}) and its
 * arguments, dates as {@link java.time.LocalDate} (shown ISO, yyyy-MM-dd), numbers as {@link Integer}, periods as
 * their names ({@code 2026-Q3}).
 */
public record LightReason(String key, List<Object> args) {

    public LightReason {
        Objects.requireNonNull(key, "a reason has a message key");
        args = args == null ? List.of() : List.copyOf(args);
    }

    static LightReason of(String key, Object... args) {
        return new LightReason(key, List.of(args));
    }
}

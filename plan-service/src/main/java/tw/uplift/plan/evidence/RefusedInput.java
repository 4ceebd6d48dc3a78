package tw.uplift.plan.evidence;

import java.util.List;
import java.util.Objects;
import tw.uplift.platform.domain.InvalidInput;

/**
 * Input refused for reasons a person is told in their own language: each names the field, a message key of
 * {@code plan-progress-messages} and its arguments, and the adapter words it (the API in English, a page in the
 * viewer's language). Evidence files and progress reports both refuse this way. Still an {@link InvalidInput}, so
 * wherever nothing words it, it is a 400 naming the field.
 */
public class RefusedInput extends InvalidInput {

    /** One reason: the field, the message key, its arguments. */
    public record Reason(String field, String key, List<Object> args) {

        public Reason {
            Objects.requireNonNull(field, "a reason names its field");
            Objects.requireNonNull(key, "a reason has a message key");
            args = args == null ? List.of() : List.copyOf(args);
        }

        public static Reason of(String field, String key, Object... args) {
            return new Reason(field, key, List.of(args));
        }
    }

    private final List<Reason> reasons;

    public RefusedInput(List<Reason> reasons) {
        super(reasons.stream().map(r -> new Problem(r.field(), r.key() + " " + r.args())).toList());
        this.reasons = List.copyOf(reasons);
    }

    public static RefusedInput because(String field, String key, Object... args) {
        return new RefusedInput(List.of(Reason.of(field, key, args)));
    }

    public List<Reason> reasons() {
        return reasons;
    }
}

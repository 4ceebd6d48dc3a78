package tw.uplift.survey.answering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Answers refused (拒收的填答), counted by why: {@code uplift.survey.answers.refused{reason=…}}. Each reason is
 * counted at the one place its refusal is decided, so a refusal is counted once however it reaches the client
 * (problem document or page).
 */
@Component
public class RefusedAnswers {

    /** Why an answer was not taken. */
    public enum Reason {
        RATE_LIMITED, TOO_LARGE, SPAM_TRAP, ALREADY_ANSWERED, CLOSED, INVALID;

        /** The tag value: {@code rate-limited}, {@code spam-trap}, … */
        public String tag() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Meter.MeterProvider<Counter> refused;

    public RefusedAnswers(MeterRegistry meters) {
        this.refused = Counter.builder("uplift.survey.answers.refused")
                .description("survey answers refused, by reason; none of them was counted").withRegistry(meters);
        // Every reason from the start, at 0: a dashboard's rate() and an alert's increase() see the first refusal.
        for (Reason reason : Reason.values()) {
            refused.withTags("reason", reason.tag());
        }
    }

    public void count(Reason reason) {
        refused.withTags("reason", reason.tag()).increment();
    }
}

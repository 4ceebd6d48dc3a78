package tw.uplift.survey.answering.kiosk;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The kiosk pages' timers ({@code uplift.survey.kiosk.*}); the defaults here are the only ones. The timers run in
 * the tablet's browser (a small script); without it nothing resets, which only costs the next citizen a tap on
 * 「下一位」.
 *
 * @param idleSeconds    seconds without a touch or key on a question before the warning shows (default 60)
 * @param warningSeconds how long the warning asks "keep going?" before the answers are discarded and the first
 *                       question shows again (default 20; WCAG 2.2.1: the citizen is warned and can ask for more
 *                       time with one action)
 * @param nextSeconds    how long the thank-you page stays before the first question shows again for the next
 *                       citizen (default 10)
 */
@ConfigurationProperties("uplift.survey.kiosk")
public record KioskProperties(@DefaultValue("60") int idleSeconds, @DefaultValue("20") int warningSeconds,
        @DefaultValue("10") int nextSeconds) {

    public KioskProperties {
        if (idleSeconds < 1 || warningSeconds < 1 || nextSeconds < 1) {
            throw new IllegalArgumentException("uplift.survey.kiosk.* seconds must be positive");
        }
    }
}

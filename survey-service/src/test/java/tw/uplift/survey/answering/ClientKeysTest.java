package tw.uplift.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.time.MovableClock;

class ClientKeysTest {

    private final MovableClock clock = new MovableClock(
            java.time.Clock.fixed(ZonedDateTime.of(2026, 12, 2, 23, 59, 0, 0, TaipeiTime.ZONE).toInstant(), TaipeiTime.ZONE));
    private final ClientKeys keys = new ClientKeys(new DailySecret("deployment-secret", null, "client-key-salt"), clock);

    @Test
    void aClientHasOneKeyAllDayThatIsNotItsAddress() {
        String key = keys.of("203.0.113.7");
        clock.advance(Duration.ofSeconds(59));
        assertThat(keys.of("203.0.113.7")).isEqualTo(key).doesNotContain("203").doesNotContain("113")
                .isNotEqualTo(keys.of("203.0.113.8"));
    }

    @Test
    void theKeyChangesAtMidnightInTaipeiSoTwoDaysCannotBeLinked() {
        String before = keys.of("203.0.113.7");
        clock.advance(Duration.ofMinutes(1));
        assertThat(keys.of("203.0.113.7")).isNotEqualTo(before);
    }

    @Test
    void everyInstanceWithTheSameDeploymentSecretMakesTheSameKey() {
        ClientKeys another = new ClientKeys(new DailySecret("deployment-secret", null, "client-key-salt"), clock);
        ClientKeys otherSecret = new ClientKeys(new DailySecret("another-secret", null, "client-key-salt"), clock);
        assertThat(another.of("203.0.113.7")).isEqualTo(keys.of("203.0.113.7"));
        assertThat(otherSecret.of("203.0.113.7")).isNotEqualTo(keys.of("203.0.113.7"));
    }
}

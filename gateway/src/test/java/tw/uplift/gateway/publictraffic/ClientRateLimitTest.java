package tw.uplift.gateway.publictraffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ClientRateLimitTest {

    private final ClientRateLimit limit = new ClientRateLimit(new PublicTrafficProperties.RateLimit(3, 6, 100));

    @Test
    void aClientMaySendItsBurstThenWaitsForTheNextTokenWhileOthersGoOn() {
        for (int i = 0; i < 3; i++) {
            assertThat(limit.take("203.0.113.7")).as("request %d", i + 1).isEmpty();
        }
        OptionalLong refused = limit.take("203.0.113.7");
        assertThat(refused).as("six a minute: the next token comes within ten seconds").isPresent();
        assertThat(refused.getAsLong()).isBetween(1L, 10L);
        assertThat(limit.take("203.0.113.8")).as("another client").isEmpty();
    }

    @Test
    void holdsAKeyedHashOfTheAddressNeverTheAddress() {
        String key = limit.keyOf("203.0.113.7");
        assertThat(key).isEqualTo(limit.keyOf("203.0.113.7")).doesNotContain("203").doesNotContain("113")
                .isNotEqualTo(limit.keyOf("203.0.113.8"));
        assertThat(new ClientRateLimit(new PublicTrafficProperties.RateLimit(3, 6, 100)).keyOf("203.0.113.7"))
                .as("a secret of each gateway's own, made at start and never kept").isNotEqualTo(key);
    }

    @Test
    void keepsAtMostMaxClientsBuckets() {
        ClientRateLimit small = new ClientRateLimit(new PublicTrafficProperties.RateLimit(1, 1, 10));
        for (int i = 0; i < 1_000; i++) {
            small.take("10.0." + i / 250 + "." + i % 250);
        }
        assertThat(small.clients()).isLessThanOrEqualTo(10);
    }

    @Test
    void refusesALimitThatCouldNeverLetAnyoneIn() {
        assertThatThrownBy(() -> new ClientRateLimit(new PublicTrafficProperties.RateLimit(0, 6, 100)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

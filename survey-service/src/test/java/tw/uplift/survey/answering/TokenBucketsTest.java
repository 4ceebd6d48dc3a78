package tw.uplift.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tw.uplift.platform.time.MovableClock;

class TokenBucketsTest {

    private final MovableClock clock = new MovableClock(Clock.systemUTC());

    @Test
    void allowsTheBurstThenRefusesUntilItRefills() {
        TokenBuckets buckets = new TokenBuckets(3, 60, 100, clock);
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isFalse();
        assertThat(buckets.tryTake("b")).as("another client has its own bucket").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(buckets.tryTake("a")).isTrue();
    }

    @Test
    void keepsAtMostMaxClientsBuckets() {
        TokenBuckets buckets = new TokenBuckets(1, 60, 10, clock);
        for (int i = 0; i < 100; i++) {
            buckets.tryTake("client-" + i);
        }
        assertThat(buckets.size()).isLessThanOrEqualTo(10);
    }
}

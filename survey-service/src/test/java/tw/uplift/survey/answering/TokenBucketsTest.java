package tw.uplift.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

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
    void refillsNoFurtherThanTheBurst() {
        TokenBuckets buckets = new TokenBuckets(2, 60, 100, clock);
        buckets.tryTake("a");
        clock.advance(Duration.ofHours(1));
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).isTrue();
        assertThat(buckets.tryTake("a")).as("an hour idle is still only a burst").isFalse();
    }

    @Test
    void keepsAtMostMaxClientsBuckets() {
        TokenBuckets buckets = new TokenBuckets(1, 60, 10, clock);
        for (int i = 0; i < 100; i++) {
            buckets.tryTake("client-" + i);
        }
        assertThat(buckets.size()).isEqualTo(10);
    }

    @Test
    void aNewClientPushesOutTheLeastRecentlyUsedBucket() {
        TokenBuckets buckets = new TokenBuckets(1, 1, 3, clock);
        buckets.tryTake("a");
        buckets.tryTake("b");
        buckets.tryTake("c");
        assertThat(buckets.tryTake("a")).as("a is empty, and now the most recently used").isFalse();
        buckets.tryTake("d"); // full: b, used longest ago, goes
        assertThat(buckets.tryTake("a")).as("a kept its empty bucket").isFalse();
        assertThat(buckets.tryTake("c")).as("c kept its empty bucket").isFalse();
        assertThat(buckets.tryTake("b")).as("b starts over with a full bucket").isTrue();
    }

    @Test
    void dropsOnlyOneBucketPerNewClientNotEveryIdleOne() {
        TokenBuckets buckets = new TokenBuckets(1, 60, 3, clock);
        buckets.tryTake("a");
        buckets.tryTake("b");
        buckets.tryTake("c");
        clock.advance(Duration.ofMinutes(1)); // all three full again
        buckets.tryTake("d");
        assertThat(buckets.size()).isEqualTo(3);
    }

    @Test
    void aFloodOfNewClientsCostsConstantTimeEach() {
        // Scanning every bucket per new client (what eviction used to do) takes minutes here: 200 000 new
        // clients times 20 000 buckets. Dropping the eldest entry takes well under a second.
        TokenBuckets buckets = new TokenBuckets(1, 1, 20_000, clock);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 220_000; i++) {
                buckets.tryTake("client-" + i);
            }
        });
        assertThat(buckets.size()).isEqualTo(20_000);
    }
}

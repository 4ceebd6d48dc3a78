package tw.uplift.platform.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import tw.uplift.platform.MongoForTests;

class LeasedClaimsTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-03-06T02:00:00Z");

    private MongoTemplate mongo;

    @BeforeEach
    void freshCollection() {
        mongo = MongoForTests.freshDatabase();
        LeasedClaims.touch(mongo, "items", "item-1", new Update());
    }

    private LeasedClaims worker(String owner, Instant systemTime) {
        return new LeasedClaims(mongo, "items", LEASE, owner, Clock.fixed(systemTime, ZoneOffset.UTC));
    }

    @Test
    void aClaimedItemIsBusyForOthersUntilItsLeaseExpires() {
        assertThat(worker("a", T0).claim("item-1")).isPresent();
        assertThat(worker("b", T0.plusSeconds(29)).claim("item-1")).as("busy").isEmpty();
        assertThat(worker("b", T0.plusSeconds(31)).claim("item-1")).as("a crashed: its lease ran out").isPresent();
    }

    @Test
    void aReleasedItemCanBeClaimedAtOnce() {
        LeasedClaims a = worker("a", T0);
        a.claim("item-1");
        a.release("item-1");
        assertThat(worker("b", T0.plusSeconds(1)).claim("item-1")).isPresent();
    }

    @Test
    void onlyTheHolderReleasesItsLease() {
        worker("a", T0).claim("item-1");
        worker("b", T0).release("item-1");
        assertThat(worker("b", T0.plusSeconds(1)).claim("item-1")).isEmpty();
    }

    @Test
    void anItemWrittenSinceItWasClaimedIsNotDeleted() {
        LeasedClaims a = worker("a", T0);
        long writes = a.claim("item-1").orElseThrow().writes();
        LeasedClaims.touch(mongo, "items", "item-1", new Update().set("more", true)); // work arrived meanwhile

        assertThat(a.deleteIfUnchanged("item-1", writes)).isFalse();
        assertThat(a.exists("item-1")).isTrue();
        assertThat(a.deleteIfUnchanged("item-1", a.read("item-1").orElseThrow().writes())).isTrue();
        assertThat(a.exists("item-1")).isFalse();
    }

    @Test
    void anAbsentItemCannotBeClaimed() {
        assertThat(worker("a", T0).claim("item-404")).isEmpty();
        assertThat(worker("a", T0).exists("item-404")).isFalse();
    }

    @Test
    void aBulkClaimTakesOnlyTheItemsNobodyElseHolds() {
        LeasedClaims.touch(mongo, "items", "item-2", new Update());
        LeasedClaims.touch(mongo, "items", "item-2", new Update());
        worker("a", T0).claim("item-1");

        var claimed = worker("b", T0.plusSeconds(1)).claimAll(java.util.List.of("item-1", "item-2", "item-3"));
        assertThat(claimed).containsOnlyKeys("item-2");
        assertThat(claimed.get("item-2").writes()).isEqualTo(2);
    }

    @Test
    void finishingDeletesTheUnchangedAndReleasesTheRest() {
        LeasedClaims.touch(mongo, "items", "item-2", new Update());
        LeasedClaims b = worker("b", T0);
        var claimed = b.claimAll(java.util.List.of("item-1", "item-2"));
        LeasedClaims.touch(mongo, "items", "item-2", new Update()); // written meanwhile

        b.finish(claimed.values(), claimed.keySet());
        assertThat(b.exists("item-1")).isFalse();
        assertThat(worker("c", T0.plusSeconds(1)).claim("item-2")).as("kept, and free for anyone").isPresent();
    }
}

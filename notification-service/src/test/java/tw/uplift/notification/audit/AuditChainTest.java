package tw.uplift.notification.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.survey.SurveyClosed;

class AuditChainTest {

    private static AuditedEvent event(String id, String actor) {
        return new AuditedEvent(id, "plan-service", "tw.uplift.plan.PlanSubmitted.v1", "p-1", actor,
                Instant.parse("2026-03-01T02:15:00.123456Z"), "4bf92f3577b34da6a3ce929d0e0e4736", "ab");
    }

    private static List<AuditEntry> chainOf(int n) {
        List<AuditEntry> chain = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 1; i <= n; i++) {
            previous = AuditEntry.after(previous, event("e-" + i, "clerk"));
            chain.add(previous);
        }
        return chain;
    }

    private static ChainReport check(List<AuditEntry> chain) {
        ChainCheck check = new ChainCheck();
        chain.forEach(check);
        return check.report();
    }

    @Test
    void eachEntryCarriesThePreviousHashFromTheGenesisOn() {
        List<AuditEntry> chain = chainOf(3);

        assertThat(chain).extracting(AuditEntry::position).containsExactly(1L, 2L, 3L);
        assertThat(chain.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
        assertThat(chain.get(1).prevHash()).isEqualTo(chain.get(0).hash());
        assertThat(chain.get(2).prevHash()).isEqualTo(chain.get(1).hash());
        assertThat(check(chain)).isEqualTo(new ChainReport(3, 3, chain.get(2).hash(), null));
        assertThat(check(List.of())).isEqualTo(new ChainReport(0, 0, ChainHash.GENESIS, null));
    }

    @Test
    void theHashIsSha256OverNetstringsOfTheFieldsInOrder() {
        AuditEntry first = AuditEntry.after(null, event("e-1", "林承辦"));
        String form = "15:uplift-audit-v1,1:1,3:e-1,12:plan-service,31:tw.uplift.plan.PlanSubmitted.v1,3:p-1,9:林承辦,"
                + "24:2026-03-01T02:15:00.123Z,32:4bf92f3577b34da6a3ce929d0e0e4736,2:ab,64:" + ChainHash.GENESIS + ",";

        assertThat(first.hash()).isEqualTo(ChainHash.sha256(form.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void anEntryChangedAfterwardsIsNamedByItsHash() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(4));
        AuditEntry second = chain.get(1);
        chain.set(1, new AuditEntry(2, event("e-2", "someone-else"), second.prevHash(), second.hash()));

        ChainReport report = check(chain);

        assertThat(report.broken()).isEqualTo(new BrokenLink(2, "e-2", BrokenLink.Problem.HASH_MISMATCH,
                report.broken().detail()));
        assertThat(report.checked()).isEqualTo(2);
        assertThat(report.headPosition()).isEqualTo(1);
    }

    @Test
    void anEntryReplacedWithItsHashRecomputedBreaksTheNextLink() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(4));
        AuditEntry forged = AuditEntry.after(chain.get(0), event("e-2", "someone-else"));
        chain.set(1, forged);

        assertThat(check(chain).broken()).extracting(BrokenLink::position, BrokenLink::eventId, BrokenLink::problem)
                .containsExactly(3L, "e-3", BrokenLink.Problem.PREV_HASH_MISMATCH);
    }

    @Test
    void aRemovedEntryIsAGapAtItsPosition() {
        List<AuditEntry> chain = new ArrayList<>(chainOf(5));
        chain.remove(2);

        assertThat(check(chain).broken()).extracting(BrokenLink::position, BrokenLink::eventId, BrokenLink::problem)
                .containsExactly(3L, "e-4", BrokenLink.Problem.GAP);
        List<AuditEntry> first = new ArrayList<>(chainOf(2));
        first.remove(0);
        assertThat(check(first).broken().position()).as("the first entry removed").isEqualTo(1);
    }

    @Test
    void theActorIsWhoTheEventNamesTheSystemForTimedStepsAndNoneOtherwise() {
        Instant t = Instant.parse("2026-03-01T02:15:00Z");
        assertThat(Actors.of(new PlanSubmitted("p-1", "a", "A", null, "b", 115, "t", 1, 1, "clerk", t, null)))
                .isEqualTo("clerk");
        assertThat(Actors.of(new CorrectiveActionResponded("c-1", "a", "p-1", "done", "head", t))).isEqualTo("head");
        assertThat(Actors.of(new ItemOverdue("d-1", TrackedItemKind.MEASURE, "m-1", "p-1", "a", "t", null, t)))
                .isEqualTo(Actors.SYSTEM);
        assertThat(Actors.of(new SurveyClosed("s-1", "a", 3, t))).isEmpty();
    }
}

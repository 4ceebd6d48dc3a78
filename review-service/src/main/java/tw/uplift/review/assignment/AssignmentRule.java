package tw.uplift.review.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tw.uplift.review.reviewers.Reviewer;

/**
 * The fair and safe reviewer pool (SPEC §6). A reviewer may take a review when they are active, of the subject's
 * supervising body, work neither in the agency under review nor in any agency above it, cover that agency, and are
 * not away that day. Of those, the least open work first, ties by the body's {@link Rotation}.
 *
 * <p>An away reviewer's delegate (代理人) takes the away reviewer's turn when the delegate may take the review
 * themselves. The away reviewer then counts as loaded as the busier of the two: their own open work does not grow
 * while they are away, and counting only it would hand their delegate every task until they return.
 */
public final class AssignmentRule {

    private AssignmentRule() {
    }

    /** Why this reviewer may not take the subject on that day, or empty when they may. */
    public static Optional<Refusal> refusal(Reviewer reviewer, AssignmentSubject subject, LocalDate day) {
        if (reviewer == null) {
            return Optional.of(Refusal.UNKNOWN_REVIEWER);
        }
        if (!reviewer.active()) {
            return Optional.of(Refusal.INACTIVE);
        }
        if (subject.supervisingBodyId() == null || !subject.supervisingBodyId().equals(reviewer.bodyId())) {
            return Optional.of(Refusal.OTHER_BODY);
        }
        if (subject.isOrIsUnder(reviewer.homeAgencyId())) {
            return Optional.of(Refusal.CONFLICT_OF_INTEREST);
        }
        if (!reviewer.covers(subject.agencyId())) {
            return Optional.of(Refusal.NOT_COVERING);
        }
        if (reviewer.awayOn(day)) {
            return Optional.of(Refusal.AWAY);
        }
        return Optional.empty();
    }

    /** The reviewer to assign, or empty when nobody in the pool may review this subject on that day. */
    public static Optional<Candidate> choose(Collection<Candidate> pool, AssignmentSubject subject, LocalDate day,
            Rotation rotation) {
        Objects.requireNonNull(subject, "subject");
        Map<String, Candidate> byId = pool.stream()
                .collect(Collectors.toMap(Candidate::reviewerId, Function.identity(), (a, b) -> a));
        // Each turn: whose turn it is, who takes it, and how loaded it counts.
        record Turn(Candidate owner, Candidate taker, long load) {
        }
        List<Turn> turns = new ArrayList<>();
        for (Candidate c : pool) {
            Optional<Refusal> refused = refusal(c.reviewer(), subject, day);
            if (refused.isEmpty()) {
                turns.add(new Turn(c, c, c.openTasks()));
            } else if (refused.get() == Refusal.AWAY) {
                Candidate delegate = byId.get(c.reviewer().availability().delegateId());
                if (delegate != null && refusal(delegate.reviewer(), subject, day).isEmpty()) {
                    turns.add(new Turn(c, delegate, Math.max(c.openTasks(), delegate.openTasks())));
                }
            }
        }
        if (turns.isEmpty()) {
            return Optional.empty();
        }
        long least = turns.stream().mapToLong(Turn::load).min().orElseThrow();
        List<Turn> tied = turns.stream().filter(t -> t.load() == least).toList();
        Candidate owner = rotation.next(tied.stream().map(Turn::owner).toList());
        return tied.stream().filter(t -> t.owner() == owner).map(Turn::taker).findFirst();
    }
}

package tw.uplift.review.assignment;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The fair and safe reviewer pool (SPEC §6): a reviewer of the subject's supervising body, never one who
 * works in the agency under review or in its parent agency; the least loaded first; ties broken by
 * reviewer id so the choice is deterministic.
 */
public final class AssignmentRule {

    private static final Comparator<Candidate> LEAST_LOADED = Comparator.comparingLong(Candidate::openTasks)
            .thenComparing(Candidate::reviewerId);

    private AssignmentRule() {
    }

    public static boolean eligible(Candidate candidate, AssignmentSubject subject) {
        if (subject.supervisingBodyId() == null || !subject.supervisingBodyId().equals(candidate.bodyId())) {
            return false;
        }
        String home = candidate.homeAgencyId();
        return home == null || (!home.equals(subject.agencyId()) && !home.equals(subject.parentAgencyId()));
    }

    /** The reviewer to assign, or empty when nobody in the pool may review this subject. */
    public static Optional<Candidate> choose(Collection<Candidate> pool, AssignmentSubject subject) {
        Objects.requireNonNull(subject, "subject");
        return pool.stream().filter(c -> eligible(c, subject)).min(LEAST_LOADED);
    }
}

package tw.uplift.review.assignment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.review.organisation.Organisation;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.reviewers.ReviewerLoads;
import tw.uplift.review.reviewers.Reviewers;

/**
 * Picks a reviewer for a task with {@link AssignmentRule}: completes the subject from the organisation copy (its
 * body when the task did not know it, and the agency's whole parent chain), reads the body's pool, their loads and
 * its rotation, and keeps the assignment metrics: {@code uplift.review.assignments} (by kind and outcome) and the
 * gauge {@code uplift.review.tasks.open}.
 */
@Service
public class ReviewerAssigner {

    private final Reviewers reviewers;
    private final ReviewerLoads loads;
    private final Rotations rotations;
    private final Organisation organisation;
    private final Meter.MeterProvider<Counter> assignments;

    ReviewerAssigner(Reviewers reviewers, ReviewerLoads loads, Rotations rotations, Organisation organisation,
            MeterRegistry meters) {
        this.reviewers = reviewers;
        this.loads = loads;
        this.rotations = rotations;
        this.organisation = organisation;
        this.assignments = Counter.builder("uplift.review.assignments")
                .description("review tasks opened, by kind and outcome").withRegistry(meters);
        Gauge.builder("uplift.review.tasks.open", loads, ReviewerLoads::totalOpen)
                .description("review tasks assigned and not yet completed").register(meters);
    }

    /** The reviewer this subject should go to on that day, or empty when nobody in the pool may review it. */
    public Optional<Candidate> choose(AssignmentSubject subject, LocalDate day) {
        AssignmentSubject complete = completed(subject);
        if (complete.supervisingBodyId() == null) {
            return Optional.empty();
        }
        List<Reviewer> pool = reviewers.ofBody(complete.supervisingBodyId());
        Map<String, Long> open = loads.of(pool.stream().map(Reviewer::id).toList());
        List<Candidate> candidates = pool.stream().map(r -> new Candidate(r, open.getOrDefault(r.id(), 0L))).toList();
        return AssignmentRule.choose(candidates, complete, day, rotations.of(complete.supervisingBodyId()));
    }

    /** Why this reviewer may not take the subject on that day (a {@link Refusal} code), or empty when they may. */
    public Optional<String> eligibility(String reviewerId, AssignmentSubject subject, LocalDate day) {
        return AssignmentRule.refusal(reviewers.find(reviewerId).orElse(null), completed(subject), day)
                .map(Refusal::code);
    }

    /**
     * The subjects someone has a conflict of interest with (利益迴避): those whose agency they work in, or an agency
     * above it, by the pool's record of them or by the agency their token names. A reviewer with a conflict never
     * sees, takes, scores or decides such a subject, whoever assigned it: the tasks' visibility asks this, not only
     * the choice of a reviewer. The pool is read once; test as many subjects as a listing has.
     *
     * @param reviewerId    their username (a pool id), or null
     * @param tokenAgencyId the agency their token names, or null
     */
    public Predicate<AssignmentSubject> conflictsOf(String reviewerId, String tokenAgencyId) {
        String home = reviewers.find(reviewerId).map(Reviewer::homeAgencyId).orElse(null);
        if (home == null && tokenAgencyId == null) {
            return subject -> false;
        }
        return subject -> {
            AssignmentSubject complete = completed(subject);
            return complete.isOrIsUnder(home) || complete.isOrIsUnder(tokenAgencyId);
        };
    }

    /** Call once the task assigned to this reviewer is stored: counts it and moves the body's rotation on. */
    public void assigned(ReviewTaskKind kind, String reviewerId, String bodyId) {
        if (bodyId != null) {
            rotations.turnTaken(bodyId, reviewerId);
        }
        count(kind, "assigned");
    }

    /** Call once a task was stored without an assignee because nobody eligible exists. */
    public void unassigned(ReviewTaskKind kind) {
        count(kind, "unassigned");
    }

    /**
     * The subject with what the organisation copy adds: the body, when the task did not know it, and every ancestor
     * of the agency and of the ancestors the task named (a task's parent may be known here before its own parents).
     */
    private AssignmentSubject completed(AssignmentSubject subject) {
        List<String> more = new ArrayList<>(organisation.ancestorIds(subject.agencyId()));
        for (String named : subject.ancestorIds()) {
            more.addAll(organisation.ancestorIds(named));
        }
        return subject.completedWith(organisation.bodyOf(subject.agencyId()).orElse(null), more);
    }

    private void count(ReviewTaskKind kind, String outcome) {
        assignments.withTags("kind", kind.name(), "outcome", outcome).increment();
    }
}

package tw.uplift.review.assignment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.reviewers.Reviewers;

/**
 * Picks a reviewer for a task with {@link AssignmentRule}, from the body's pool and their load
 * documents, and keeps the loads and the assignment metrics: {@code uplift.review.assignments} (by kind
 * and outcome) and the gauge {@code uplift.review.tasks.open}.
 */
@Service
public class ReviewerAssigner {

    private final Reviewers reviewers;
    private final ReviewerLoads loads;
    private final Meter.MeterProvider<Counter> assignments;

    public ReviewerAssigner(Reviewers reviewers, ReviewerLoads loads, MeterRegistry meters) {
        this.reviewers = reviewers;
        this.loads = loads;
        this.assignments = Counter.builder("uplift.review.assignments")
                .description("review tasks opened, by kind and outcome").withRegistry(meters);
        Gauge.builder("uplift.review.tasks.open", loads, ReviewerLoads::totalOpen)
                .description("review tasks assigned and not yet completed").register(meters);
    }

    /** The reviewer this subject should go to, or empty when nobody in the pool may review it. */
    public Optional<Candidate> choose(AssignmentSubject subject, java.time.LocalDate day) {
        if (subject.supervisingBodyId() == null) {
            return Optional.empty();
        }
        List<Reviewer> pool = reviewers.ofBody(subject.supervisingBodyId());
        Map<String, Long> open = loads.of(pool.stream().map(Reviewer::id).toList());
        List<Candidate> candidates = pool.stream().map(r -> new Candidate(r.id(), r.name(), r.bodyId(),
                r.homeAgencyId(), open.getOrDefault(r.id(), 0L))).toList();
        return AssignmentRule.choose(candidates, subject);
    }

    /** Why this reviewer may not take the subject, or empty when they may. */
    public Optional<String> eligibility(String reviewerId, AssignmentSubject subject, java.time.LocalDate day) {
        return reviewers.ofBody(subject.supervisingBodyId()).stream().filter(r -> r.id().equals(reviewerId))
                .findFirst()
                .map(r -> AssignmentRule.eligible(new Candidate(r.id(), r.name(), r.bodyId(), r.homeAgencyId(), 0),
                        subject) ? Optional.<String>empty() : Optional.of("conflict-of-interest"))
                .orElse(Optional.of("unknown-reviewer"));
    }

    /** Call once the task assigned to this reviewer is stored (counts it; the load is read from the tasks). */
    public void assigned(ReviewTaskKind kind, String reviewerId, String bodyId) {
        count(kind, "assigned");
    }

    /** Call once a task was stored without an assignee because nobody eligible exists. */
    public void unassigned(ReviewTaskKind kind) {
        count(kind, "unassigned");
    }

    private void count(ReviewTaskKind kind, String outcome) {
        assignments.withTags("kind", kind.name(), "outcome", outcome).increment();
    }
}

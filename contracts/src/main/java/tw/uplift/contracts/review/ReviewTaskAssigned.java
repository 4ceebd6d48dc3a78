package tw.uplift.contracts.review;

import java.time.Instant;
import java.time.LocalDate;
import tw.uplift.contracts.EventType;

/**
 * A review task was assigned to a reviewer (分派審查).
 *
 * @param taskId the review task
 * @param kind what kind of review
 * @param subjectId what is reviewed, e.g. the plan id
 * @param subjectTitle its title for people reading a notice (the plan's title), or null; added in a later release
 *                     of v1, so older records lack it
 * @param agencyId the agency under review
 * @param agencyName its name (e.g. 高雄市政府民政局) for people reading a notice, or null when not known; added in
 *                   a later release of v1, so older records lack it
 * @param supervisingBodyId the reviewing body
 * @param reviewerId the assigned reviewer (username)
 * @param reviewerName their display name
 * @param dueDate due date (Asia/Taipei)
 * @param assignedAt when
 */
@EventType("tw.uplift.review.ReviewTaskAssigned.v1")
public record ReviewTaskAssigned(
        String taskId,
        ReviewTaskKind kind,
        String subjectId,
        String subjectTitle,
        String agencyId,
        String agencyName,
        String supervisingBodyId,
        String reviewerId,
        String reviewerName,
        LocalDate dueDate,
        Instant assignedAt) implements ReviewEvent {

    @Override
    public String aggregateId() {
        return taskId;
    }
}

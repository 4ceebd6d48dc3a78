package tw.uplift.review.tasks;

import java.util.Objects;
import tw.uplift.review.assignment.AssignmentSubject;

/**
 * The agency a task is about (受審機關), as far as a review needs it: who it is, its parent agency (a reviewer
 * from it or any agency above it has a conflict of interest) and the supervising body that reviews it.
 *
 * @param agencyId          the agency
 * @param name              its name, for people; null when not known
 * @param parentAgencyId    its parent agency, or null
 * @param supervisingBodyId the body that reviews it, or null when not known yet (the task then stays unassigned)
 */
public record AgencyUnderReview(String agencyId, String name, String parentAgencyId, String supervisingBodyId) {

    public AgencyUnderReview {
        Objects.requireNonNull(agencyId, "agencyId");
    }

    /** An agency known only by its id (no submission seen yet). */
    public static AgencyUnderReview unknown(String agencyId) {
        return new AgencyUnderReview(agencyId, null, null, null);
    }

    /**
     * What the assignment rule needs to pick a reviewer without a conflict of interest; the assigner adds the
     * parent's own ancestors from the organisation copy.
     */
    public AssignmentSubject assignmentSubject() {
        return AssignmentSubject.withParent(supervisingBodyId, agencyId, parentAgencyId);
    }
}

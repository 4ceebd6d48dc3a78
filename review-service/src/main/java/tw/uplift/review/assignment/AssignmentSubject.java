package tw.uplift.review.assignment;

import java.util.ArrayList;
import java.util.List;

/**
 * What is to be reviewed, as far as the assignment rule cares.
 *
 * @param supervisingBodyId the body that reviews it, or null when not known yet
 * @param agencyId          the agency under review (受審機關)
 * @param ancestorIds       its parent agency, the parent's parent and so on (上級機關), nearest first, as far as known
 */
public record AssignmentSubject(String supervisingBodyId, String agencyId, List<String> ancestorIds) {

    public AssignmentSubject {
        ancestorIds = ancestorIds == null ? List.of() : List.copyOf(ancestorIds);
    }

    /** A subject whose parent chain the assigner looks up itself. */
    public AssignmentSubject(String supervisingBodyId, String agencyId) {
        this(supervisingBodyId, agencyId, List.of());
    }

    /** A subject of which only the direct parent is known here (null when none); the assigner adds the rest. */
    public static AssignmentSubject withParent(String supervisingBodyId, String agencyId, String parentAgencyId) {
        return new AssignmentSubject(supervisingBodyId, agencyId,
                parentAgencyId == null ? List.of() : List.of(parentAgencyId));
    }

    /** The same subject with a body and more ancestors (kept in order, each once, never the agency itself). */
    public AssignmentSubject completedWith(String bodyId, List<String> moreAncestors) {
        List<String> all = new ArrayList<>(ancestorIds);
        moreAncestors.stream().filter(a -> !all.contains(a) && !a.equals(agencyId)).forEach(all::add);
        return new AssignmentSubject(supervisingBodyId != null ? supervisingBodyId : bodyId, agencyId, all);
    }

    /** Whether someone working in this agency is the agency under review or above it. */
    boolean isOrIsUnder(String homeAgencyId) {
        return homeAgencyId != null && (homeAgencyId.equals(agencyId) || ancestorIds.contains(homeAgencyId));
    }
}

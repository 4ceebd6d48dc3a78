package tw.uplift.review.assignment;

/**
 * What is to be reviewed, as far as the assignment rule cares.
 *
 * @param supervisingBodyId the body that reviews it
 * @param agencyId          the agency under review
 * @param parentAgencyId    that agency's parent agency, or null
 */
public record AssignmentSubject(String supervisingBodyId, String agencyId, String parentAgencyId) {

    /** A subject whose parent agency the assigner looks up itself. */
    public AssignmentSubject(String supervisingBodyId, String agencyId) {
        this(supervisingBodyId, agencyId, null);
    }
}

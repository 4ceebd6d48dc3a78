package tw.uplift.review.assignment;

/**
 * A reviewer as the assignment rule sees them.
 *
 * @param reviewerId   username
 * @param name         display name
 * @param bodyId       supervising body
 * @param homeAgencyId the agency they work in, or null
 * @param openTasks    their open (assigned, undecided) tasks
 */
public record Candidate(String reviewerId, String name, String bodyId, String homeAgencyId, long openTasks) {
}

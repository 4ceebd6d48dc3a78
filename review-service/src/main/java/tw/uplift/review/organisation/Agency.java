package tw.uplift.review.organisation;

/**
 * An agency (機關) as review-service knows it.
 *
 * @param id                the agency
 * @param name              its name, e.g. 高雄市政府民政局; null when not known
 * @param parentId          its parent agency (上級機關), or null
 * @param supervisingBodyId the body that reviews its plans (督考機關), or null when not known
 * @param active            false once plan-service retired it
 */
public record Agency(String id, String name, String parentId, String supervisingBodyId, boolean active) {
}

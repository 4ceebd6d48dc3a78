package tw.uplift.review.organisation;

/**
 * A supervising body (督考機關, e.g. 高雄市政府研究發展考核委員會) as review-service knows it.
 *
 * @param id       the body
 * @param name     its name
 * @param agencyId the agency it is part of, or null
 * @param active   false once retired
 */
public record SupervisingBody(String id, String name, String agencyId, boolean active) {
}

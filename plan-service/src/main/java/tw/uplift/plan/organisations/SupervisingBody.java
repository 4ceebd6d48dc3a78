package tw.uplift.plan.organisations;

/**
 * A supervising body (督考機關), e.g. a city's 研究發展考核委員會: it reviews the plans of the agencies under it.
 *
 * @param id       stable id, a slug such as {@code kcg-rdec}
 * @param name     its name
 * @param agencyId the agency it is part of, if it is one of ours (its reviewers never review that agency), or null
 */
public record SupervisingBody(String id, String name, String agencyId) {
}

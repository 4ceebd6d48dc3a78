package tw.uplift.plan.publishing;

import tw.uplift.plan.authoring.Plan;

/**
 * What the public list is narrowed to: one ROC year, one agency, both or neither.
 *
 * @param rocYear  the ROC year (民國年, e.g. 115), or null for every year
 * @param agencyId the agency's id, or null for every agency
 */
public record PublicPlanFilter(Integer rocYear, String agencyId) {

    public static final PublicPlanFilter ALL = new PublicPlanFilter(null, null);

    public boolean keeps(Plan plan) {
        return (rocYear == null || plan.getRocYear() == rocYear)
                && (agencyId == null || agencyId.equals(plan.getAgencyId()));
    }
}

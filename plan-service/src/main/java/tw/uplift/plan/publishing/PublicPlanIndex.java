package tw.uplift.plan.publishing;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import tw.uplift.plan.authoring.Plan;

/**
 * The public plans as one small list, and what the public list filters by: the ROC years and the agencies that
 * have a public plan.
 *
 * @param plans every public plan, in no particular order
 */
public record PublicPlanIndex(List<Plan> plans) {

    public PublicPlanIndex {
        plans = List.copyOf(plans);
    }

    /** The plans a filter keeps, newest year first, then by agency id (the page sorts by name in its language). */
    public List<Plan> matching(PublicPlanFilter filter) {
        return plans.stream().filter(filter::keeps)
                .sorted(Comparator.comparingInt(Plan::getRocYear).reversed()
                        .thenComparing(Plan::getAgencyId, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Plan::getId))
                .toList();
    }

    /** The ROC years with a public plan, newest first. */
    public List<Integer> years() {
        return plans.stream().map(Plan::getRocYear).distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The agencies with a public plan, by id. */
    public List<String> agencyIds() {
        return plans.stream().map(Plan::getAgencyId).filter(Objects::nonNull).distinct().sorted().toList();
    }

    /** The newest ROC year with a public plan, or null when nothing is public yet. */
    public Integer newestYear() {
        return years().isEmpty() ? null : years().getFirst();
    }
}

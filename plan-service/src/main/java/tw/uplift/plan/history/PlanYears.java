package tw.uplift.plan.history;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.security.CurrentUser;

/**
 * An agency's plans across the years (年度): next year's draft copied from a plan, and two years compared, only ever
 * with plans the caller may read ({@link PlanAuthoring#get}, {@link PlanAuthoring#list}).
 */
@Service
public class PlanYears {

    private final PlanAuthoring authoring;

    public PlanYears(PlanAuthoring authoring) {
        this.authoring = authoring;
    }

    /** Next year's draft (複製為下年度計畫); copying the same plan again gives the same draft. */
    public Plan copyToNextYear(CurrentUser user, String planId) {
        return authoring.copyToNextYear(user, planId);
    }

    /**
     * The plan compared with {@code planId}: {@code withId} when given (404 for one the caller may not read, 400 for
     * the plan itself or another agency's), else {@link #previousOf} — or nothing to compare with.
     */
    public Optional<YearComparison> compare(CurrentUser user, String planId, String withId) {
        Plan plan = authoring.get(user, planId);
        if (withId == null || withId.isBlank()) {
            return previousOf(user, plan).map(previous -> YearComparison.of(plan, previous));
        }
        Plan other = authoring.get(user, withId.strip());
        if (other.getId().equals(plan.getId())) {
            throw InvalidInput.of("with", "compare a plan with another plan, not with itself");
        }
        if (!other.getAgencyId().equals(plan.getAgencyId())) {
            throw InvalidInput.of("with", "compare a plan with another year's plan of the same agency");
        }
        return Optional.of(YearComparison.of(plan, other));
    }

    /**
     * The plan a plan is compared with by default: the one it was copied from, else the agency's plan of the year
     * before (an approved one before a draft, the latest written first).
     */
    public Optional<Plan> previousOf(CurrentUser user, Plan plan) {
        if (plan.getCopiedFromPlanId() != null) {
            try {
                return Optional.of(authoring.get(user, plan.getCopiedFromPlanId()));
            } catch (NotFoundException goneOrHidden) {
                // fall back to the year before, as for a plan written anew
            }
        }
        return othersOf(user, plan).stream().filter(p -> p.getRocYear() == plan.getRocYear() - 1)
                .max(Comparator.comparing((Plan p) -> p.getStatus().everApproved())
                        .thenComparing(Plan::getCreatedAt, Comparator.nullsFirst(Comparator.naturalOrder())));
    }

    /** The agency's other plans the caller may read, newest year first: what a plan may be compared with. */
    public List<Plan> othersOf(CurrentUser user, Plan plan) {
        return authoring.list(user).stream()
                .filter(p -> p.getAgencyId().equals(plan.getAgencyId()) && !Objects.equals(p.getId(), plan.getId()))
                .sorted(Comparator.comparingInt(Plan::getRocYear).reversed())
                .toList();
    }
}

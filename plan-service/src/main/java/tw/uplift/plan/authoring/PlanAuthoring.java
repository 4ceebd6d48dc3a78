package tw.uplift.plan.authoring;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.plan.organisations.AgencyDirectory;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;

/**
 * The clerk's use cases: create, revise, submit a plan; complete a measure. Writes are scoped to the caller's agency;
 * reads also to the plans submitted to a reviewer's supervising body, and to every plan for operators.
 */
@Service
public class PlanAuthoring {

    private final AggregateStore store;
    private final PlanRepository plans;
    private final AgencyDirectory agencies;
    private final Clock clock;

    public PlanAuthoring(AggregateStore store, PlanRepository plans, AgencyDirectory agencies, Clock clock) {
        this.store = store;
        this.plans = plans;
        this.agencies = agencies;
        this.clock = clock;
    }

    public Plan create(CurrentUser user, int rocYear, String title, List<PlanContent.DimensionDraft> content) {
        return create(user, "p-" + UUID.randomUUID(), rocYear, title, content);
    }

    /**
     * Creates a draft once per idempotency key of the caller's agency: the same key again (a client that retried,
     * a demo import that crashed before noting it was done) finds the draft made the first time and changes nothing.
     */
    public Plan createOnce(CurrentUser user, String idempotencyKey, int rocYear, String title,
            List<PlanContent.DimensionDraft> content) {
        String planId = "p-" + DerivedId.of(user.requireAgency() + "/" + idempotencyKey, "plan-draft");
        try {
            return create(user, planId, rocYear, title, content);
        } catch (DuplicateKeyException alreadyCreated) {
            return get(user, planId);
        }
    }

    private Plan create(CurrentUser user, String planId, int rocYear, String title,
            List<PlanContent.DimensionDraft> content) {
        String agencyId = user.requireAgency();
        agencyOf(agencyId);
        return store.save(Plan.draft(planId, agencyId, rocYear, title, PlanContent.build(rocYear, content),
                clock.instant()));
    }

    public Plan revise(CurrentUser user, String planId, String title, List<PlanContent.DimensionDraft> content) {
        return change(user, planId, p -> {
            p.revise(title, PlanContent.build(p.getRocYear(), content));
            return p;
        });
    }

    public Plan submit(CurrentUser user, String planId) {
        return change(user, planId, p -> {
            p.submit(agencyOf(p.getAgencyId()), user.username(), clock.instant());
            return p;
        });
    }

    public Plan completeMeasure(CurrentUser user, String planId, String measureId) {
        return change(user, planId, p -> {
            p.completeMeasure(measureId, clock.instant());
            return p;
        });
    }

    /**
     * A plan the caller may read: their agency's (agency staff), one submitted to their supervising body (a
     * reviewer, see {@link #reviewableBy}), or any (ADMIN/OPS). Other plans do not exist for them (404), so ids
     * cannot be probed.
     */
    public Plan get(CurrentUser user, String planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("plan", planId));
        requireVisible(user, plan);
        return plan;
    }

    /**
     * The plans the caller may read, newest year first: all for ADMIN/OPS; their agency's for agency staff; those
     * submitted to their body for a reviewer. Anyone else is refused (403).
     */
    public List<Plan> list(CurrentUser user) {
        if (isOperator(user)) {
            return plans.findAll();
        }
        if (!isBoundReviewer(user)) {
            return plans.findByAgencyIdOrderByRocYearDesc(user.requireAgency());
        }
        List<Plan> reviewable = plans.findBySupervisingBodyIdAndRevisionGreaterThanOrderByRocYearDesc(user.bodyId(), 0);
        if (!user.isAgencyUser()) {
            return reviewable;
        }
        // Both roles in one token: their agency's plans and their body's, once each.
        Map<String, Plan> both = new LinkedHashMap<>();
        plans.findByAgencyIdOrderByRocYearDesc(user.requireAgency()).forEach(p -> both.put(p.getId(), p));
        reviewable.forEach(p -> both.putIfAbsent(p.getId(), p));
        return both.values().stream().sorted(Comparator.comparingInt(Plan::getRocYear).reversed()).toList();
    }

    /**
     * Loads the plan once, checks the caller may change it, changes and saves it (the store retries on a
     * conflict). Only the agency's own staff change its plan: operators and reviewers may read, never write,
     * whatever ids their tokens carry.
     */
    private Plan change(CurrentUser user, String planId, Function<Plan, Plan> change) {
        String agencyId = user.requireAgency();
        return store.update(planId, Plan.class, plan -> {
            if (!plan.getAgencyId().equals(agencyId)) {
                throw new NotFoundException("plan", planId);
            }
            return change.apply(plan);
        }).orElseThrow(() -> new NotFoundException("plan", planId));
    }

    private static void requireVisible(CurrentUser user, Plan plan) {
        boolean ownAgency = user.isAgencyUser() && plan.getAgencyId().equals(user.agencyId());
        if (!isOperator(user) && !ownAgency && !reviewableBy(user, plan)) {
            throw new NotFoundException("plan", plan.getId());
        }
    }

    /**
     * A reviewer reads (never writes) the plans submitted to the supervising body they are bound to: the plans of
     * the tasks assigned to that body. A draft never submitted is its agency's alone. The agency id a reviewer's token
     * may carry (where they work) grants nothing.
     */
    static boolean reviewableBy(CurrentUser user, Plan plan) {
        return isBoundReviewer(user) && plan.everSubmitted() && user.bodyId().equals(plan.getSupervisingBodyId());
    }

    private static boolean isBoundReviewer(CurrentUser user) {
        return user.has(Role.REVIEWER) && user.bodyId() != null && !user.bodyId().isBlank();
    }

    private static boolean isOperator(CurrentUser user) {
        return user.has(Role.ADMIN) || user.has(Role.OPS);
    }

    private Agency agencyOf(String agencyId) {
        return agencies.find(agencyId).orElseThrow(() -> new RuleViolationException("unknown-agency",
                "agency " + agencyId + " is not registered in this installation"));
    }
}

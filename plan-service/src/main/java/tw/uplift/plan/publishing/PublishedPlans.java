package tw.uplift.plan.publishing;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanRepository;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.platform.domain.NotFoundException;

/**
 * The plans the public may read (公開計畫): those approved at some point ({@link PlanStatus#everApproved()}) — a plan
 * stays public after its results are handed in and after its year is closed. Anything else does not exist for the
 * public (404), so a draft's id cannot be probed.
 */
@Service
public class PublishedPlans {

    /** The statuses of a public plan, as stored. */
    static final Set<PlanStatus> PUBLIC = publicStatuses();

    private final PlanRepository plans;
    private final MongoTemplate mongo;

    public PublishedPlans(PlanRepository plans, MongoTemplate mongo) {
        this.plans = plans;
        this.mongo = mongo;
    }

    /** One public plan, by its id (an {@code _id} lookup). */
    public Plan get(String planId) {
        return plans.findById(planId).filter(PublishedPlans::isPublic)
                .orElseThrow(() -> new NotFoundException("published plan", planId));
    }

    /**
     * Every public plan, of every year and agency. This reads the plans collection by status, which the embedded
     * store answers by scanning it (DESIGN: only {@code _id} lookups are cheap there). That is acceptable here:
     * there is one plan per agency per year, so the collection stays in the hundreds or low thousands, the
     * filters (year, agency) are applied to this small result in memory, and the public answers are cacheable
     * for minutes. Should plans ever grow past that, keep a small public index document per year instead.
     */
    public PublicPlanIndex index() {
        List<Plan> found = mongo.find(Query.query(Criteria.where("status").in(PUBLIC)), Plan.class);
        return new PublicPlanIndex(found.stream().filter(PublishedPlans::isPublic).toList());
    }

    private static Set<PlanStatus> publicStatuses() {
        EnumSet<PlanStatus> statuses = EnumSet.allOf(PlanStatus.class);
        statuses.removeIf(status -> !status.everApproved());
        return Collections.unmodifiableSet(statuses);
    }

    public static boolean isPublic(Plan plan) {
        return plan.getStatus() != null && plan.getStatus().everApproved();
    }
}

package tw.uplift.plan.authoring;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which plans each agency has, readable by {@code _id}: one small document per agency,
 * {@code {_id: "kcg-civil-affairs", plans: ["p-…", …]}} (a plan a year, so a few dozen ids over the years). The
 * agency's plan list (我的計畫, {@code GET /api/plans}) reads it and then those plans by {@code _id}, so it costs
 * the agency's own plans, not every agency's: the embedded store (tests, the local run) scans the whole
 * {@code plans} collection for a query on {@code agencyId}, having no secondary indexes.
 *
 * <p>A plan's id goes in <i>before</i> the plan is first saved ({@code $addToSet}: a retry or a second instance
 * adds nothing twice), so a stored plan is never missing from its agency's list; an id whose plan was never saved
 * (a crash between the two writes) is skipped by the reader. A plan never changes agency. On real MongoDB this is
 * one extra small write per new plan and replaces an indexed query by two {@code _id} reads: no worse.
 */
@Component
public class AgencyPlans {

    static final String COLLECTION = "agency_plans";
    private static final String PLANS = "plans";

    private final MongoTemplate mongo;
    private final PlanRepository plans;

    public AgencyPlans(MongoTemplate mongo, PlanRepository plans) {
        this.mongo = mongo;
        this.plans = plans;
    }

    /** Lists the plan under its agency; a second time changes nothing. */
    public void add(String agencyId, String planId) {
        mongo.upsert(Query.query(Criteria.where("_id").is(agencyId)), new Update().addToSet(PLANS, planId), COLLECTION);
    }

    /** Lists many plans at once, by agency (the start-up backfill): one unordered bulk write. */
    public void addAll(Map<String, List<String>> planIdsByAgency) {
        if (planIdsByAgency.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION);
        planIdsByAgency.forEach((agencyId, planIds) -> bulk.upsert(Query.query(Criteria.where("_id").is(agencyId)),
                new Update().addToSet(PLANS).each(planIds.toArray())));
        bulk.execute();
    }

    /**
     * The agency's plans, newest year first (plans of one year in the order they were made): one {@code _id} read
     * of its list, one {@code _id} query for the plans.
     */
    public List<Plan> of(String agencyId) {
        Document list = mongo.findById(agencyId, Document.class, COLLECTION);
        List<String> ids = list == null ? List.of() : list.getList(PLANS, String.class, List.of());
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Plan> found = plans.findAllById(ids).stream()
                .filter(plan -> agencyId.equals(plan.getAgencyId()))
                .collect(Collectors.toMap(Plan::getId, Function.identity()));
        return ids.stream().distinct().map(found::get).filter(Objects::nonNull)
                .sorted(Comparator.comparingInt(Plan::getRocYear).reversed()).toList();
    }
}

package tw.uplift.plan.authoring;

import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tw.uplift.platform.work.OneTimeStep;

/**
 * Lists, once, the plans stored before {@link AgencyPlans} existed (a data folder or a database from an earlier
 * version) under their agencies, so that they are still listed. At start-up: when the marker document is there
 * (every start but the first), one {@code _id} read and nothing else; otherwise one scan of the plans' agency ids,
 * one {@code $addToSet} per agency, then the marker. Safe to repeat and to run on two instances at once; a crash
 * before the marker only means the next start scans again. Plans made meanwhile are listed as they are made.
 */
@Component
public class AgencyPlansBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AgencyPlansBackfill.class);

    static final String MARKERS = "agency_plans_backfill";
    private static final String DONE = "plans-listed";

    private final MongoTemplate mongo;
    private final OneTimeStep once;
    private final AgencyPlans agencyPlans;

    public AgencyPlansBackfill(MongoTemplate mongo, AgencyPlans agencyPlans) {
        this.mongo = mongo;
        this.once = new OneTimeStep(mongo, MARKERS, DONE);
        this.agencyPlans = agencyPlans;
    }

    @Override
    public void run(ApplicationArguments args) {
        backfill();
    }

    /** Lists every stored plan under its agency unless that was done before; returns how many it listed now. */
    public int backfill() {
        if (once.done()) {
            return 0;
        }
        Map<String, List<String>> byAgency = new HashMap<>();
        for (Document plan : mongo.getCollection(mongo.getCollectionName(Plan.class)).find()
                .projection(Projections.include("agencyId"))) {
            String agencyId = plan.getString("agencyId");
            if (agencyId != null) {
                byAgency.computeIfAbsent(agencyId, a -> new ArrayList<>()).add(plan.getString("_id"));
            }
        }
        agencyPlans.addAll(byAgency);
        once.markDone();
        int listed = byAgency.values().stream().mapToInt(List::size).sum();
        log.info("agency plan lists: {} stored plans of {} agencies listed (once; later starts skip this)", listed,
                byAgency.size());
        return listed;
    }
}

package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.plan.authoring.AgencyPlansBackfill;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.Plans;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The agency's plan list is read through its list of plan ids ({@code AgencyPlans}): a plan made through the API is
 * listed, another agency's is not, and a plan stored before the lists existed is listed after the one-time backfill
 * (and only once it ran: a second run, with its marker there, changes nothing).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class AgencyPlanListIT {

    @LocalServerPort
    int port;

    @Autowired
    AggregateStore store;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AgencyPlansBackfill backfill;

    @Test
    void aPlanStoredBeforeTheListsIsListedAfterTheBackfill() {
        TestHttp http = new TestHttp(port);
        String clerk = TestTokens.agencyStaff("clerk-" + UUID.randomUUID(), Plans.CIVIL_AFFAIRS.id());
        String old = "p-" + UUID.randomUUID();
        store.save(Plans.draft(old)); // stored behind the lists' back, as an earlier version did
        assertThat(ids(http, clerk)).doesNotContain(old);

        mongo.remove(Query.query(Criteria.where("_id").exists(true)), "agency_plans_backfill");
        assertThat(backfill.backfill()).isPositive();
        assertThat(ids(http, clerk)).contains(old);

        String later = "p-" + UUID.randomUUID();
        store.save(Plan.draft(later, Plans.CIVIL_AFFAIRS.id(), 115, Plans.draft(later).getText(), "clerk", Plans.NOW));
        assertThat(backfill.backfill()).as("done once").isZero();
        assertThat(ids(http, clerk)).doesNotContain(later);
        assertThat(mongo.findById(Plans.CIVIL_AFFAIRS.id(), Document.class, "agency_plans")).isNotNull();
    }

    private static java.util.List<String> ids(TestHttp http, String token) {
        TestHttp.Reply reply = http.get("/api/plans", token);
        assertThat(reply.status()).isEqualTo(200);
        java.util.List<String> ids = new java.util.ArrayList<>();
        reply.body().forEach(plan -> ids.add(plan.get("id").asString()));
        return ids;
    }
}

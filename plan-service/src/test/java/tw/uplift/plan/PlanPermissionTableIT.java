package tw.uplift.plan;

import static tw.uplift.plan.PlanPermissionTableIT.Access.ADMIN_ONLY;
import static tw.uplift.plan.PlanPermissionTableIT.Access.AGENCY_USERS;
import static tw.uplift.plan.PlanPermissionTableIT.Access.HEAD_OF_THE_AGENCY;
import static tw.uplift.plan.PlanPermissionTableIT.Access.PLAN_READERS;
import static tw.uplift.plan.PlanPermissionTableIT.Access.PLAN_WRITERS;
import static tw.uplift.plan.PlanPermissionTableIT.Access.PUBLIC;
import static tw.uplift.plan.PlanPermissionTableIT.Access.OPERATORS;
import static tw.uplift.plan.PlanPermissionTableIT.Access.SIGNED_IN;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.uplift.plan.authoring.Plans;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.permissions.PermissionTable;

/**
 * plan-service's permission table (issue #10): every operation of its OpenAPI document, called as anonymous, as each
 * role, for the plan's own and another agency, the plan's own and another supervising body. A refusal (401, 403,
 * 404) the table does not allow fails, and so does a success it does not allow; an operation with no row fails too,
 * so a new endpoint cannot slip in unseen. Every call gets a fresh published plan of 民政局 (reviewed by kcg-rdec), so
 * one call's change (a submission, an amendment) never decides another's answer. What counts as a refusal, and the
 * checks of the document against the rows, are {@link PermissionTable}'s (platform-test), the same for every service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class PlanPermissionTableIT {

    /** Who calls. */
    enum Caller {
        ANONYMOUS(null),
        STAFF(TestTokens.agencyStaff("clerk", "kcg-civil-affairs")),
        HEAD(TestTokens.agencyHead("head", "kcg-civil-affairs")),
        STAFF_OF_ANOTHER_AGENCY(TestTokens.agencyStaff("clerk2", "kcg-household-xinxing")),
        HEAD_OF_ANOTHER_AGENCY(TestTokens.agencyHead("head2", "kcg-household-xinxing")),
        REVIEWER(TestTokens.reviewer("reviewer", "kcg-rdec", null)),
        /** A reviewer of the plan's body whose token also names the plan's agency (where they work): it grants nothing. */
        REVIEWER_WORKING_AT_THE_AGENCY(TestTokens.reviewer("reviewer2", "kcg-rdec", "kcg-civil-affairs")),
        REVIEWER_OF_ANOTHER_BODY(TestTokens.reviewer("tc-reviewer", "taichung-rdec", null)),
        OPS(TestTokens.token("ops", List.of("OPS"), null, null)),
        /** OPS whose token carries the agency's id: still only reads. */
        OPS_WITH_AN_AGENCY_ID(TestTokens.token("ops2", List.of("OPS"), "kcg-civil-affairs", null)),
        ADMIN(TestTokens.admin());

        final String token;

        Caller(String token) {
            this.token = token;
        }
    }

    /** Who may call an operation: the rows of the table. */
    enum Access implements tw.uplift.platform.test.permissions.Access<Caller> {
        /** Anyone, signed in or not (the public pages' data and open data). */
        PUBLIC(EnumSet.allOf(Caller.class)),
        /** Anyone signed in (their own list; the organisation tree). */
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS))),
        /** The plan's agency, the reviewers of its supervising body, operators. */
        PLAN_READERS(EnumSet.of(Caller.STAFF, Caller.HEAD, Caller.REVIEWER, Caller.REVIEWER_WORKING_AT_THE_AGENCY,
                Caller.OPS, Caller.OPS_WITH_AN_AGENCY_ID, Caller.ADMIN)),
        /** The plan's own agency staff and head: nobody else writes a plan, whatever ids their token carries. */
        PLAN_WRITERS(EnumSet.of(Caller.STAFF, Caller.HEAD)),
        /** The plan's agency head alone (confirmation of submission and results). */
        HEAD_OF_THE_AGENCY(EnumSet.of(Caller.HEAD)),
        /** Staff and heads of any agency, for their own agency (a new plan, an import). */
        AGENCY_USERS(EnumSet.of(Caller.STAFF, Caller.HEAD, Caller.STAFF_OF_ANOTHER_AGENCY, Caller.HEAD_OF_ANOTHER_AGENCY)),
        /** Administrators (organisations). */
        ADMIN_ONLY(EnumSet.of(Caller.ADMIN)),
        /** Operators and administrators (the platform's dead letters and the movable clock). */
        OPERATORS(EnumSet.of(Caller.OPS, Caller.OPS_WITH_AN_AGENCY_ID, Caller.ADMIN));

        final Set<Caller> allowed;

        Access(Set<Caller> allowed) {
            this.allowed = allowed;
        }

        @Override
        public Set<Caller> allowed() {
            return allowed;
        }
    }

    /** The table: every operation of the OpenAPI document, by method and path. */
    static final PermissionTable<Caller> TABLE = PermissionTable.of(Caller.class)
            .row("POST /api/plans", AGENCY_USERS)
            .row("GET /api/plans", SIGNED_IN)
            .row("GET /api/plans/{planId}", PLAN_READERS)
            .row("PUT /api/plans/{planId}", PLAN_WRITERS)
            .row("POST /api/plans/{planId}/submit", PLAN_WRITERS)
            .row("POST /api/plans/{planId}/send-back", HEAD_OF_THE_AGENCY)
            .row("PUT /api/plans/{planId}/amendment", PLAN_WRITERS)
            .row("POST /api/plans/{planId}/results", HEAD_OF_THE_AGENCY)
            .row("POST /api/plans/{planId}/next-year", PLAN_WRITERS)
            .row("GET /api/plans/{planId}/revisions", PLAN_READERS)
            .row("GET /api/plans/{planId}/changes", PLAN_READERS)
            .row("GET /api/plans/{planId}/history", PLAN_READERS)
            .row("POST /api/plans/{planId}/measures/{measureId}/complete", PLAN_WRITERS)
            .row("POST /api/plans/import", AGENCY_USERS)
            .row("POST /api/plans/{planId}/measures/{measureId}/progress", PLAN_WRITERS)
            .row("GET /api/plans/{planId}/progress", PLAN_READERS)
            .row("GET /api/plans/{planId}/lights", PLAN_READERS)
            .row("POST /api/plans/{planId}/evidence", PLAN_WRITERS)
            .row("GET /api/plans/{planId}/evidence/{fileId}", PLAN_READERS)
            .row("GET /api/organisations/agencies", SIGNED_IN)
            .row("GET /api/organisations/agencies/{agencyId}", SIGNED_IN)
            .row("POST /api/organisations/agencies", ADMIN_ONLY)
            .row("PUT /api/organisations/agencies/{agencyId}", ADMIN_ONLY)
            .row("GET /api/organisations/bodies", SIGNED_IN)
            .row("GET /api/organisations/bodies/{bodyId}", SIGNED_IN)
            .row("POST /api/organisations/bodies", ADMIN_ONLY)
            .row("PUT /api/organisations/bodies/{bodyId}", ADMIN_ONLY)
            .row("GET /public/plans", PUBLIC)
            .row("GET /public/plans/{planId}", PUBLIC)
            .row("GET /public/plans/{planId}.json", PUBLIC)
            .row("GET /public/plans/{planId}.csv", PUBLIC)
            .row("GET /public/plans.csv", PUBLIC)
            .row("GET /public/plans/schema.json", PUBLIC)
            .row("GET /admin/dead-letters", OPERATORS)
            .row("POST /admin/dead-letters/{id}/replay", OPERATORS)
            .row("GET /admin/clock", OPERATORS)
            .row("POST /admin/clock", OPERATORS)
            // About something that may not exist: its 404 is an answer, and only 401 and 403 refuse.
            .notFoundIsAnAnswer("POST /admin/dead-letters/{id}/replay");

    @LocalServerPort
    int port;

    @Autowired
    AggregateStore store;

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        TestHttp http = new TestHttp(port);
        TABLE.verify(http, (operation, caller) -> call(http, operation.key(), caller));
    }

    private int call(TestHttp http, String operation, Caller caller) {
        String planId = "p-" + UUID.randomUUID();
        store.save(Plans.published(planId));
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("{planId}", planId).replace("{measureId}", Plans.SOP_MEASURE)
                .replace("{agencyId}", "kcg-civil-affairs").replace("{bodyId}", "kcg-rdec")
                .replace("{id}", UUID.randomUUID().toString());
        if (path.endsWith("/changes")) {
            path += "?from=1";
        }
        if (path.contains("{fileId}")) {
            // A file of this plan, uploaded by its clerk, so a reader's 404 would be a refusal, not a missing file.
            String fileId = http.upload("/api/plans/" + planId + "/evidence", Caller.STAFF.token, "note.txt",
                    "說明會紀錄".getBytes(java.nio.charset.StandardCharsets.UTF_8)).text()
                    .replaceAll("(?s).*\"(?:id|fileId)\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            path = path.replace("{fileId}", fileId);
        }
        if (path.endsWith("/import") || path.endsWith("/evidence")) {
            return http.upload(path, caller.token, "plan.txt", "一、完備基礎服務項目".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)).status();
        }
        return http.send(method, path, caller.token, bodyOf(operation), Map.of()).status();
    }

    /** A body each operation can read; whether it passes the rules after the permission check does not matter here. */
    private static String bodyOf(String operation) {
        if (operation.startsWith("GET")) {
            return null;
        }
        if (operation.endsWith("/progress")) {
            return "{\"period\": \"2026-Q1\", \"status\": \"ON_TRACK\", \"percent\": 40, \"narrative\": \"已辦理\"}";
        }
        if (operation.contains("/send-back")) {
            return "{\"reason\": \"請補充預期效益\"}";
        }
        if (operation.contains("/organisations/agencies")) {
            return "{\"id\": \"kcg-new-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\", \"name\": \"高雄市新機關\", \"supervisingBodyId\": \"kcg-rdec\", \"units\": []}";
        }
        if (operation.contains("/organisations/bodies")) {
            return "{\"id\": \"kcg-new-body-" + UUID.randomUUID().toString().substring(0, 8)
                    + "\", \"name\": \"新督考機關\"}";
        }
        return operation.endsWith("/api/plans") || operation.endsWith("/{planId}") || operation.endsWith("/amendment")
                ? PlanFlowIT.PLAN : null;
    }
}

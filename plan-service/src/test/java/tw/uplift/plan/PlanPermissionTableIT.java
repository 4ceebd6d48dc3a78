package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.plan.PlanPermissionTableIT.Access.ADMIN_ONLY;
import static tw.uplift.plan.PlanPermissionTableIT.Access.AGENCY_USERS;
import static tw.uplift.plan.PlanPermissionTableIT.Access.HEAD_OF_THE_AGENCY;
import static tw.uplift.plan.PlanPermissionTableIT.Access.PLAN_READERS;
import static tw.uplift.plan.PlanPermissionTableIT.Access.PLAN_WRITERS;
import static tw.uplift.plan.PlanPermissionTableIT.Access.PUBLIC;
import static tw.uplift.plan.PlanPermissionTableIT.Access.SIGNED_IN;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tw.uplift.plan.authoring.Plans;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * plan-service's permission table (issue #10): every operation of its OpenAPI document, called as anonymous, as each
 * role, for the plan's own and another agency, the plan's own and another supervising body. A refusal (401, 403,
 * 404) the table does not allow fails, and so does a success it does not allow; an operation with no row fails too,
 * so a new endpoint cannot slip in unseen. Every call gets a fresh published plan of 民政局 (reviewed by kcg-rdec), so
 * one call's change (a submission, an amendment) never decides another's answer.
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
    enum Access {
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
    }

    /** The table: every operation of the OpenAPI document, by method and path. */
    static final Map<String, Access> TABLE = new LinkedHashMap<>();

    static {
        TABLE.put("POST /api/plans", AGENCY_USERS);
        TABLE.put("GET /api/plans", SIGNED_IN);
        TABLE.put("GET /api/plans/{planId}", PLAN_READERS);
        TABLE.put("PUT /api/plans/{planId}", PLAN_WRITERS);
        TABLE.put("POST /api/plans/{planId}/submit", PLAN_WRITERS);
        TABLE.put("POST /api/plans/{planId}/send-back", HEAD_OF_THE_AGENCY);
        TABLE.put("PUT /api/plans/{planId}/amendment", PLAN_WRITERS);
        TABLE.put("POST /api/plans/{planId}/results", HEAD_OF_THE_AGENCY);
        TABLE.put("POST /api/plans/{planId}/next-year", PLAN_WRITERS);
        TABLE.put("GET /api/plans/{planId}/revisions", PLAN_READERS);
        TABLE.put("GET /api/plans/{planId}/changes", PLAN_READERS);
        TABLE.put("GET /api/plans/{planId}/history", PLAN_READERS);
        TABLE.put("POST /api/plans/{planId}/measures/{measureId}/complete", PLAN_WRITERS);
        TABLE.put("POST /api/plans/import", AGENCY_USERS);
        TABLE.put("POST /api/plans/{planId}/measures/{measureId}/progress", PLAN_WRITERS);
        TABLE.put("GET /api/plans/{planId}/progress", PLAN_READERS);
        TABLE.put("GET /api/plans/{planId}/lights", PLAN_READERS);
        TABLE.put("POST /api/plans/{planId}/evidence", PLAN_WRITERS);
        TABLE.put("GET /api/plans/{planId}/evidence/{fileId}", PLAN_READERS);
        TABLE.put("GET /api/organisations/agencies", SIGNED_IN);
        TABLE.put("GET /api/organisations/agencies/{agencyId}", SIGNED_IN);
        TABLE.put("POST /api/organisations/agencies", ADMIN_ONLY);
        TABLE.put("PUT /api/organisations/agencies/{agencyId}", ADMIN_ONLY);
        TABLE.put("GET /api/organisations/bodies", SIGNED_IN);
        TABLE.put("GET /api/organisations/bodies/{bodyId}", SIGNED_IN);
        TABLE.put("POST /api/organisations/bodies", ADMIN_ONLY);
        TABLE.put("PUT /api/organisations/bodies/{bodyId}", ADMIN_ONLY);
        TABLE.put("GET /public/plans", PUBLIC);
        TABLE.put("GET /public/plans/{planId}", PUBLIC);
        TABLE.put("GET /public/plans/{planId}.json", PUBLIC);
        TABLE.put("GET /public/plans/{planId}.csv", PUBLIC);
        TABLE.put("GET /public/plans.csv", PUBLIC);
        TABLE.put("GET /public/plans/schema.json", PUBLIC);
        TABLE.put("GET /admin/dead-letters", Access.OPERATORS);
        TABLE.put("POST /admin/dead-letters/{id}/replay", Access.OPERATORS);
        TABLE.put("GET /admin/clock", Access.OPERATORS);
        TABLE.put("POST /admin/clock", Access.OPERATORS);
    }

    /** Operations about something that may not exist: their 404 is an answer, and only 401 and 403 refuse. */
    static final Set<String> NOT_FOUND_IS_AN_ANSWER = Set.of("POST /admin/dead-letters/{id}/replay");

    @LocalServerPort
    int port;

    @Autowired
    AggregateStore store;

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        TestHttp http = new TestHttp(port);
        List<String> operations = operationsOf(http.get("/v3/api-docs", null));
        assertThat(operations).as("operations of the OpenAPI document without a row in the table")
                .allMatch(TABLE::containsKey);
        assertThat(TABLE.keySet()).as("rows for operations that no longer exist").allMatch(operations::contains);

        List<String> wrong = new ArrayList<>();
        for (String operation : operations) {
            Access access = TABLE.get(operation);
            for (Caller caller : Caller.values()) {
                int status = call(http, operation, caller);
                boolean refused = status == 401 || status == 403
                        || status == 404 && !NOT_FOUND_IS_AN_ANSWER.contains(operation);
                boolean allowed = access.allowed.contains(caller);
                if (status >= 500) {
                    wrong.add(operation + " as " + caller + ": " + status);
                } else if (allowed == refused) {
                    wrong.add(operation + " as " + caller + ": " + status + " but the table says "
                            + (allowed ? "allowed" : "refused") + " (" + access + ")");
                }
            }
        }
        assertThat(wrong).as("answers that break the table").isEmpty();
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

    private static List<String> operationsOf(TestHttp.Reply apiDocs) {
        assertThat(apiDocs.status()).isEqualTo(200);
        JsonNode paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(apiDocs.text()).get("paths");
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(method.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        return operations;
    }
}

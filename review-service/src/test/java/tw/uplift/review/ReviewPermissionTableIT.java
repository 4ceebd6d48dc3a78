package tw.uplift.review;

import static tw.uplift.review.ReviewPermissionTableIT.Access.AGENCY;
import static tw.uplift.review.ReviewPermissionTableIT.Access.ASSIGNEE;
import static tw.uplift.review.ReviewPermissionTableIT.Access.BODY_READERS;
import static tw.uplift.review.ReviewPermissionTableIT.Access.CORRECTIVE_ACTION_READERS;
import static tw.uplift.review.ReviewPermissionTableIT.Access.CORRECTIVE_ACTION_LISTERS;
import static tw.uplift.review.ReviewPermissionTableIT.Access.FREE_REVIEWERS;
import static tw.uplift.review.ReviewPermissionTableIT.Access.LEAD_OR_ADMIN;
import static tw.uplift.review.ReviewPermissionTableIT.Access.OPENERS;
import static tw.uplift.review.ReviewPermissionTableIT.Access.OPERATORS;
import static tw.uplift.review.ReviewPermissionTableIT.Access.POOL_READERS;
import static tw.uplift.review.ReviewPermissionTableIT.Access.ASSIGNEE_OR_MANAGER;
import static tw.uplift.review.ReviewPermissionTableIT.Access.TASK_READERS;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.permissions.Operation;
import tw.uplift.platform.test.permissions.PermissionTable;
import tw.uplift.review.corrective.CorrectiveAction;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.reviewers.Reviewers;
import tw.uplift.review.tasks.AgencyUnderReview;
import tw.uplift.review.tasks.PlanRevision;
import tw.uplift.review.tasks.ReviewTask;

/**
 * review-service's permission table (issue #15): every operation of its OpenAPI document, called as anonymous, as
 * each role, for the task's own and another agency, its own and another supervising body, and as reviewers of the
 * body who work at the agency under review or at its parent agency — a conflict of interest (利益迴避, SPEC §6): they
 * never see, take, score or decide it. Every call gets fresh resources of 三民區公所 (under 民政局, reviewed by
 * kcg-rdec): a task of the right kind held by {@code reviewer} (one nobody holds for a claim), an approved plan, a
 * corrective action. The refusal rules and the document checks are {@link PermissionTable}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=review-service")
@WithUpliftInfrastructure
class ReviewPermissionTableIT {

    private static final String BODY = "kcg-rdec";
    private static final String AGENCY_ID = "kcg-sanmin-district";
    private static final String PARENT_AGENCY_ID = "kcg-civil-affairs";
    private static final AgencyUnderReview SANMIN =
            new AgencyUnderReview(AGENCY_ID, "高雄市三民區公所", PARENT_AGENCY_ID, BODY);
    private static final String MEASURE = "m-sop";
    private static final PlanContentSnapshot CONTENT = new PlanContentSnapshot(List.of(
            new PlanContentSnapshot.Dimension("一", "完備基礎服務項目", List.of(
                    new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                            new PlanContentSnapshot.Measure(MEASURE, "1", "訂定標準作業流程(SOP)", "訂定申辦案件SOP",
                                    List.of("民政課"), "3月31日前", LocalDate.of(2026, 3, 31), null,
                                    "申辦流程一致")))))));

    /** Who calls. The reviewers' pool entries are written before each test (the demo pool has the first three). */
    enum Caller {
        ANONYMOUS(null),
        STAFF(TestTokens.agencyStaff("clerk", AGENCY_ID)),
        HEAD(TestTokens.agencyHead("head", AGENCY_ID)),
        STAFF_OF_ANOTHER_AGENCY(TestTokens.agencyStaff("clerk2", "kcg-household-xinxing")),
        HEAD_OF_ANOTHER_AGENCY(TestTokens.agencyHead("head2", "kcg-household-xinxing")),
        /** The reviewer of the body who holds the task. */
        ASSIGNEE(TestTokens.reviewer("reviewer", BODY, null)),
        /** Another reviewer of the body, free to review the agency, holding nothing. */
        COLLEAGUE(TestTokens.reviewer("colleague", BODY, null)),
        /** The body's lead (組長). */
        LEAD(TestTokens.reviewer("lead", BODY, null)),
        /** A reviewer of the body who works at the agency under review: a conflict of interest. */
        REVIEWER_AT_THE_AGENCY(TestTokens.reviewer("reviewer-sanmin", BODY, AGENCY_ID)),
        /** A reviewer of the body who works at the agency's parent agency (民政局): a conflict of interest too. */
        REVIEWER_AT_THE_PARENT_AGENCY(TestTokens.reviewer("reviewer2", BODY, PARENT_AGENCY_ID)),
        /** A reviewer the pool knows without a home agency, whose token names the agency: the token still counts. */
        REVIEWER_WHOSE_TOKEN_NAMES_THE_AGENCY(TestTokens.reviewer("colleague2", BODY, AGENCY_ID)),
        REVIEWER_OF_ANOTHER_BODY(TestTokens.reviewer("tc-reviewer", "taichung-rdec", null)),
        OPS(TestTokens.token("ops", List.of("OPS"), null, null)),
        /** OPS whose token carries the agency's id: never the agency's rights. */
        OPS_WITH_AN_AGENCY_ID(TestTokens.token("ops2", List.of("OPS"), AGENCY_ID, null)),
        ADMIN(TestTokens.admin()),
        /** An administrator whose token carries the agency's id: never answers for the agency. */
        ADMIN_WITH_AN_AGENCY_ID(TestTokens.token("admin2", List.of("ADMIN"), AGENCY_ID, null));

        final String token;

        Caller(String token) {
            this.token = token;
        }
    }

    /** Who may call an operation: the rows of the table. */
    enum Access implements tw.uplift.platform.test.permissions.Access<Caller> {
        /** Every reviewer (their own body's list) and administrators (every body's). */
        BODY_READERS(EnumSet.of(Caller.ASSIGNEE, Caller.COLLEAGUE, Caller.LEAD, Caller.REVIEWER_AT_THE_AGENCY,
                Caller.REVIEWER_AT_THE_PARENT_AGENCY, Caller.REVIEWER_WHOSE_TOKEN_NAMES_THE_AGENCY,
                Caller.REVIEWER_OF_ANOTHER_BODY, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** One reviewer of the body: the body's reviewers (a conflict is about agencies, not people), administrators. */
        POOL_READERS(EnumSet.of(Caller.ASSIGNEE, Caller.COLLEAGUE, Caller.LEAD, Caller.REVIEWER_AT_THE_AGENCY,
                Caller.REVIEWER_AT_THE_PARENT_AGENCY, Caller.REVIEWER_WHOSE_TOKEN_NAMES_THE_AGENCY, Caller.ADMIN,
                Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** One task: the body's reviewers without a conflict of interest, administrators. */
        TASK_READERS(EnumSet.of(Caller.ASSIGNEE, Caller.COLLEAGUE, Caller.LEAD, Caller.ADMIN,
                Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** Open a task about a plan the body approved: its reviewers without a conflict, administrators. */
        OPENERS(EnumSet.of(Caller.ASSIGNEE, Caller.COLLEAGUE, Caller.LEAD, Caller.ADMIN,
                Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** Take up or score: the body's reviewers free to review the agency; administrators review nothing. */
        FREE_REVIEWERS(EnumSet.of(Caller.ASSIGNEE, Caller.COLLEAGUE, Caller.LEAD)),
        /** The reviewer holding the task, alone. */
        ASSIGNEE(EnumSet.of(Caller.ASSIGNEE)),
        /** The holder, the body's lead or an administrator (a follow-up date). */
        ASSIGNEE_OR_MANAGER(EnumSet.of(Caller.ASSIGNEE, Caller.LEAD, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** The body's lead or an administrator (reassign, cancel, edit the pool). */
        LEAD_OR_ADMIN(EnumSet.of(Caller.LEAD, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** Corrective actions listed: agency users (their agency's), reviewers (their body's), administrators. */
        CORRECTIVE_ACTION_LISTERS(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.OPS,
                Caller.OPS_WITH_AN_AGENCY_ID))),
        /** One corrective action: its agency's users, its body's reviewers without a conflict, administrators. */
        CORRECTIVE_ACTION_READERS(EnumSet.of(Caller.STAFF, Caller.HEAD, Caller.ASSIGNEE, Caller.COLLEAGUE,
                Caller.LEAD, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** The agency's staff and head, alone: nobody answers for an agency, whatever ids their token carries. */
        AGENCY(EnumSet.of(Caller.STAFF, Caller.HEAD)),
        /** Operators and administrators (the platform's dead letters and the movable clock). */
        OPERATORS(EnumSet.of(Caller.OPS, Caller.OPS_WITH_AN_AGENCY_ID, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID));

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
            .row("GET /api/review-tasks", BODY_READERS)
            .row("GET /api/review-tasks/{id}", TASK_READERS)
            .row("GET /api/review-tasks/{id}/changes", TASK_READERS)
            .row("POST /api/review-tasks/{id}/claim", FREE_REVIEWERS)
            .row("POST /api/review-tasks/{id}/unclaim", ASSIGNEE)
            .row("POST /api/review-tasks/{id}/reassign", LEAD_OR_ADMIN)
            .row("POST /api/review-tasks/{id}/cancel", LEAD_OR_ADMIN)
            .row("PUT /api/review-tasks/{id}/follow-up", ASSIGNEE_OR_MANAGER)
            .row("POST /api/review-tasks/{id}/decision", ASSIGNEE)
            .row("POST /api/review-tasks/{id}/verification", ASSIGNEE)
            .row("POST /api/review-tasks/{id}/sample", ASSIGNEE)
            .row("POST /api/review-tasks/{id}/findings", ASSIGNEE)
            .row("GET /api/review-tasks/{id}/scores", TASK_READERS)
            .row("POST /api/review-tasks/{id}/scores", FREE_REVIEWERS)
            .row("POST /api/review-tasks/{id}/finalise", ASSIGNEE)
            .row("POST /api/annual-reviews", OPENERS)
            .row("GET /api/annual-reviews/ranking", BODY_READERS)
            .row("GET /api/routine-checks/plans", BODY_READERS)
            .row("POST /api/routine-checks", OPENERS)
            .row("GET /api/corrective-actions", CORRECTIVE_ACTION_LISTERS)
            .row("GET /api/corrective-actions/{id}", CORRECTIVE_ACTION_READERS)
            .row("POST /api/corrective-actions/{id}/response", AGENCY)
            .row("GET /api/reviewers", BODY_READERS)
            .row("GET /api/reviewers/{id}", POOL_READERS)
            .row("PUT /api/reviewers/{id}", LEAD_OR_ADMIN)
            .row("PUT /api/reviewers/{id}/availability", LEAD_OR_ADMIN)
            .row("GET /admin/dead-letters", OPERATORS)
            .row("POST /admin/dead-letters/{id}/replay", OPERATORS)
            .row("GET /admin/clock", OPERATORS)
            .row("POST /admin/clock", OPERATORS)
            .notFoundIsAnAnswer("POST /admin/dead-letters/{id}/replay");

    @LocalServerPort
    int port;

    @Autowired
    AggregateStore store;

    @Autowired
    Reviewers reviewers;

    @BeforeEach
    void pool() {
        reviewers.save(Reviewer.of("colleague", "林審查", BODY, null));
        reviewers.save(Reviewer.of("colleague2", "吳審查", BODY, null));
        reviewers.save(Reviewer.of("reviewer-sanmin", "張審查", BODY, AGENCY_ID));
        // Whom the pool's edits change, so that no edit changes a caller.
        reviewers.save(Reviewer.of("pool-target", "周審查", BODY, null));
    }

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        TestHttp http = new TestHttp(port);
        TABLE.verify(http, (operation, caller) -> call(http, operation, caller));
    }

    private int call(TestHttp http, Operation operation, Caller caller) {
        String path = operation.path(Map.of("id", idFor(operation)));
        if (path.endsWith("/ranking")) {
            path += "?year=115";
        }
        return http.send(operation.method(), path, caller.token, bodyOf(operation), Map.of()).status();
    }

    /** A fresh resource of the agency for the operation: what {@code {id}} names. */
    private String idFor(Operation operation) {
        String path = operation.path();
        if (!path.contains("{id}") || path.startsWith("/admin/")) {
            return UUID.randomUUID().toString();
        }
        if (path.startsWith("/api/reviewers/")) {
            return operation.reads() ? "reviewer" : "pool-target";
        }
        if (path.startsWith("/api/corrective-actions/")) {
            return correctiveAction();
        }
        if (path.endsWith("/claim")) {
            return store.save(planApproval(2)).getId();
        }
        if (path.endsWith("/changes")) {
            ReviewTask first = planApproval(1);
            first.assignTo("reviewer", "王審查", Instant.now());
            first.decide("reviewer", ReviewDecision.APPROVED, List.of(), Instant.now());
            store.save(first);
            return held(planApprovalOf(first.subjectId(), 2));
        }
        if (path.endsWith("/verification")) {
            return held(ReviewTask.correctiveActionVerification(UUID.randomUUID().toString(), correctiveAction(),
                    "補齊第一季檢覈紀錄", "p-" + UUID.randomUUID(), MEASURE, SANMIN, "已補齊", LocalDate.now().plusDays(7),
                    Instant.now()));
        }
        if (path.endsWith("/sample") || path.endsWith("/findings")) {
            return held(ofPlanYear(ReviewTaskKind.ROUTINE_CHECK));
        }
        if (path.endsWith("/scores") || path.endsWith("/finalise")) {
            return held(ofPlanYear(ReviewTaskKind.ANNUAL_REVIEW));
        }
        return held(planApproval(2));
    }

    /** A body each operation can read, valid for an allowed caller, so a refusal is the permission check's. */
    private String bodyOf(Operation operation) {
        String path = operation.path();
        if (operation.reads() || path.startsWith("/admin/")) {
            return null;
        }
        if (path.equals("/api/annual-reviews") || path.equals("/api/routine-checks")) {
            return "{\"planId\": \"" + approvedPlan() + "\", \"reason\": \"例行查核\"}";
        }
        if (path.endsWith("/reassign")) {
            return "{\"assignee\": \"colleague\", \"reason\": \"分工調整\"}";
        }
        if (path.endsWith("/cancel")) {
            return "{\"reason\": \"重複開立\"}";
        }
        if (path.endsWith("/follow-up")) {
            return "{\"date\": \"" + LocalDate.now().plusDays(3) + "\"}";
        }
        if (path.endsWith("/decision")) {
            return "{\"decision\": \"APPROVED\"}";
        }
        if (path.endsWith("/verification")) {
            return "{\"accepted\": true, \"reason\": \"已補齊紀錄\"}";
        }
        if (path.endsWith("/sample")) {
            return "{\"method\": \"RANDOM\", \"size\": 1}";
        }
        if (path.endsWith("/findings")) {
            return "{\"findings\": [{\"measureId\": \"" + MEASURE + "\", \"verdict\": \"RELEASE\", "
                    + "\"reason\": \"已公告\"}]}";
        }
        if (path.endsWith("/scores")) {
            return "{\"scores\": [80], \"comment\": \"良好\"}";
        }
        if (path.endsWith("/response")) {
            return "{\"response\": \"已補齊第一季檢覈紀錄\"}";
        }
        if (path.endsWith("/availability")) {
            return "{}";
        }
        if (path.startsWith("/api/reviewers/")) {
            return "{\"name\": \"周審查\", \"homeAgencyId\": null, \"covers\": []}";
        }
        return "{}";
    }

    /** The task stored, held by {@code reviewer}. */
    private String held(ReviewTask task) {
        task.assignTo("reviewer", "王審查", Instant.now());
        return store.save(task).getId();
    }

    private static ReviewTask planApproval(int revision) {
        return planApprovalOf("p-" + UUID.randomUUID(), revision);
    }

    private static ReviewTask planApprovalOf(String planId, int revision) {
        return ReviewTask.planApproval(UUID.randomUUID().toString(), new PlanRevision(planId, 115, revision,
                "高雄市三民區公所115年度提升服務執行計畫", CONTENT), SANMIN, LocalDate.now().plusDays(7), Instant.now());
    }

    private static ReviewTask ofPlanYear(ReviewTaskKind kind) {
        return ReviewTask.ofPlanYear(UUID.randomUUID().toString(), kind, new PlanRevision("p-" + UUID.randomUUID(),
                115, 1, "高雄市三民區公所115年度提升服務執行計畫", CONTENT), SANMIN, "例行查核", null, Instant.now());
    }

    /** A plan of the agency the body approved: what a routine check or an annual review is opened about. */
    private String approvedPlan() {
        ReviewTask approval = planApproval(1);
        approval.assignTo("reviewer", "王審查", Instant.now());
        approval.decide("reviewer", ReviewDecision.APPROVED, List.of(), Instant.now());
        return store.save(approval).subjectId();
    }

    /** An open corrective action of the agency, raised by a check of the body. */
    private String correctiveAction() {
        String id = UUID.randomUUID().toString();
        return store.save(CorrectiveAction.raisedBy(new MeasureTrackingDecided(UUID.randomUUID().toString(),
                "p-" + UUID.randomUUID(), AGENCY_ID, MEASURE, TrackingVerdict.KEPT_TRACKED, "未見季檢覈紀錄",
                "reviewer", Instant.now(), id, "補齊第一季檢覈紀錄", LocalDate.now().plusDays(30)), SANMIN.name(), PARENT_AGENCY_ID, BODY))
                .getId();
    }
}

package tw.uplift.survey;

import static tw.uplift.survey.SurveyPermissionTableIT.Access.AGENCY_USERS;
import static tw.uplift.survey.SurveyPermissionTableIT.Access.OPERATORS;
import static tw.uplift.survey.SurveyPermissionTableIT.Access.OWN_AGENCY;
import static tw.uplift.survey.SurveyPermissionTableIT.Access.PUBLIC;
import static tw.uplift.survey.SurveyPermissionTableIT.Access.SIGNED_IN;

import java.time.Instant;
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
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.permissions.Operation;
import tw.uplift.platform.test.permissions.PermissionTable;
import tw.uplift.survey.answering.kiosk.Kiosks;
import tw.uplift.survey.courtesy.CourtesyTestDraft;
import tw.uplift.survey.courtesy.CourtesyTests;
import tw.uplift.survey.courtesy.Mark;
import tw.uplift.survey.design.MeasureLink;
import tw.uplift.survey.design.SurveyFixture;

/**
 * survey-service's permission table (issue #15): every operation of its OpenAPI document, called as anonymous, as
 * each role, for the survey's own and another agency, and as reviewers of the agency's body and another. A survey
 * and a courtesy test are the agency's alone: no reviewer, operator or administrator reads or changes them, whatever
 * agency id their token carries; the public side (the form, its answers, published results) is everyone's. Every
 * call gets a fresh survey of 民政局 in the state the operation needs (open, or closed for published results), a
 * fresh kiosk link and courtesy test. The refusal rules and the document checks are {@link PermissionTable}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=survey-service")
@WithUpliftInfrastructure
class SurveyPermissionTableIT {

    private static final String AGENCY = SurveyFixture.AGENCY;
    private static final CurrentUser CLERK = new CurrentUser("clerk", "clerk", Set.of(Role.AGENCY_STAFF), AGENCY,
            null);

    /** Who calls. */
    enum Caller {
        ANONYMOUS(null),
        STAFF(TestTokens.agencyStaff("clerk", AGENCY)),
        HEAD(TestTokens.agencyHead("head", AGENCY)),
        STAFF_OF_ANOTHER_AGENCY(TestTokens.agencyStaff("clerk2", "kcg-household-xinxing")),
        HEAD_OF_ANOTHER_AGENCY(TestTokens.agencyHead("head2", "kcg-household-xinxing")),
        REVIEWER(TestTokens.reviewer("reviewer", "kcg-rdec", null)),
        /** A reviewer of the agency's body whose token also names the agency: it grants nothing. */
        REVIEWER_WITH_THE_AGENCY_ID(TestTokens.reviewer("reviewer2", "kcg-rdec", AGENCY)),
        REVIEWER_OF_ANOTHER_BODY(TestTokens.reviewer("tc-reviewer", "taichung-rdec", null)),
        OPS(TestTokens.token("ops", List.of("OPS"), null, null)),
        OPS_WITH_AN_AGENCY_ID(TestTokens.token("ops2", List.of("OPS"), AGENCY, null)),
        ADMIN(TestTokens.admin()),
        ADMIN_WITH_AN_AGENCY_ID(TestTokens.token("admin2", List.of("ADMIN"), AGENCY, null));

        final String token;

        Caller(String token) {
            this.token = token;
        }
    }

    /** Who may call an operation: the rows of the table. */
    enum Access implements tw.uplift.platform.test.permissions.Access<Caller> {
        /** Anyone, signed in or not (the form, answers, published results). */
        PUBLIC(EnumSet.allOf(Caller.class)),
        /** Anyone signed in (the question bank, the courtesy rubrics). */
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS))),
        /** Staff and heads of any agency, for their own agency (a new survey or test, their lists). */
        AGENCY_USERS(EnumSet.of(Caller.STAFF, Caller.HEAD, Caller.STAFF_OF_ANOTHER_AGENCY,
                Caller.HEAD_OF_ANOTHER_AGENCY)),
        /** The survey's or test's own agency staff and head: nobody else. */
        OWN_AGENCY(EnumSet.of(Caller.STAFF, Caller.HEAD)),
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
            .row("POST /api/surveys", AGENCY_USERS)
            .row("GET /api/surveys", AGENCY_USERS)
            .row("GET /api/surveys/{id}", OWN_AGENCY)
            .row("POST /api/surveys/{id}/open", OWN_AGENCY)
            .row("GET /api/surveys/{id}/results", OWN_AGENCY)
            .row("POST /api/surveys/{id}/close", OWN_AGENCY)
            .row("POST /api/surveys/{surveyId}/kiosks", OWN_AGENCY)
            .row("GET /api/surveys/{surveyId}/kiosks", OWN_AGENCY)
            .row("DELETE /api/surveys/{surveyId}/kiosks/{key}", OWN_AGENCY)
            .row("GET /api/survey-question-bank", SIGNED_IN)
            .row("GET /api/courtesy-tests/rubrics/{kind}", SIGNED_IN)
            .row("POST /api/courtesy-tests", AGENCY_USERS)
            .row("GET /api/courtesy-tests", AGENCY_USERS)
            .row("GET /api/courtesy-tests/{id}", OWN_AGENCY)
            .row("GET /public/surveys/{id}", PUBLIC)
            .row("POST /public/surveys/{id}/responses", PUBLIC)
            .row("GET /public/surveys/{id}/results.json", PUBLIC)
            .row("GET /public/surveys/{id}/results.csv", PUBLIC)
            .row("GET /public/surveys.csv", PUBLIC)
            .row("GET /public/surveys/schema.json", PUBLIC)
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
    Kiosks kiosks;

    @Autowired
    CourtesyTests courtesyTests;

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        TestHttp http = new TestHttp(port);
        TABLE.verify(http, (operation, caller) -> call(http, operation, caller));
    }

    private int call(TestHttp http, Operation operation, Caller caller) {
        String path = operation.path();
        String surveyId = path.endsWith("/results.json") || path.endsWith("/results.csv") ? closedSurvey()
                : path.endsWith("/open") ? draftSurvey() : openSurvey();
        String id = path.startsWith("/api/courtesy-tests/{id}") ? courtesyTest()
                : path.startsWith("/admin/") ? UUID.randomUUID().toString() : surveyId;
        String key = path.contains("{key}") ? kiosks.create(CLERK, surveyId, null).key() : "";
        String filled = operation.path(Map.of("id", id, "surveyId", surveyId, "key", key, "kind", "PHONE"));
        if (filled.equals("/public/surveys.csv")) {
            filled += "?rocYear=115";
        }
        return http.send(operation.method(), filled, caller.token, bodyOf(operation), Map.of()).status();
    }

    /** A body each operation can read, valid for an allowed caller, so a refusal is the permission check's. */
    private static String bodyOf(Operation operation) {
        String path = operation.path();
        if (operation.reads() || path.startsWith("/admin/") || "DELETE".equals(operation.method())) {
            return null;
        }
        if (path.equals("/api/surveys")) {
            return """
                    {"title": {"zh": "臨櫃服務滿意度調查"},
                     "questions": [{"id": "q1", "text": {"zh": "整體滿意度"}, "kind": "LIKERT_5"}]}""";
        }
        if (path.endsWith("/responses")) {
            return "{\"answers\": [{\"questionId\": \"q1\", \"score\": 5}]}";
        }
        if (path.equals("/api/courtesy-tests")) {
            return courtesySheet();
        }
        return path.endsWith("/kiosks") ? "{}" : null;
    }

    private String draftSurvey() {
        return store.save(SurveyFixture.aLikertSurvey().withId("s-" + UUID.randomUUID()).draft()).getId();
    }

    private String openSurvey() {
        return store.save(SurveyFixture.aLikertSurvey().withId("s-" + UUID.randomUUID()).opened()).getId();
    }

    private String closedSurvey() {
        return store.save(SurveyFixture.aLikertSurvey().withId("s-" + UUID.randomUUID()).closedWith(12, 0.9))
                .getId();
    }

    /** A courtesy test the agency scored, through the service's own scoring. */
    private String courtesyTest() {
        Map<String, Mark> marks = new LinkedHashMap<>();
        Map.of("switchboard-speed", 10, "switchboard-greeting", 10, "switchboard-courtesy", 10, "unit-speed", 10,
                "unit-introduction", 15, "unit-courtesy", 15, "unit-content", 25, "unit-closing", 5)
                .forEach((criterion, points) -> marks.put(criterion, new Mark(points, null)));
        return courtesyTests.score(CLERK, new CourtesyTestDraft(CourtesyTestKind.PHONE, MeasureLink.NONE, "戶籍登記課",
                Instant.now().minusSeconds(600), "研考科 林小姐", marks), null).getId();
    }

    /** A phone test's sheet, every criterion of the default rubric scored. */
    private static String courtesySheet() {
        return """
                {"kind": "PHONE", "unit": "戶籍登記課", "testedAt": "%s", "tester": "研考科 林小姐",
                 "scores": {"switchboard-speed": {"points": 10}, "switchboard-greeting": {"points": 10},
                            "switchboard-courtesy": {"points": 10}, "unit-speed": {"points": 10},
                            "unit-introduction": {"points": 15}, "unit-courtesy": {"points": 15},
                            "unit-content": {"points": 25}, "unit-closing": {"points": 5}}}"""
                .formatted(Instant.now().minusSeconds(600));
    }
}

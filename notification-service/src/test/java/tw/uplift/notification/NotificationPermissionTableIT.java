package tw.uplift.notification;

import static tw.uplift.notification.NotificationPermissionTableIT.Access.ADMIN_ONLY;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.AGENCY_HEAD_OR_ADMIN;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.BODY_REVIEWERS;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.DIRECTORY_READERS;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.ITEM_READERS;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.OPERATORS;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.OWN_AGENCY;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.PEOPLE_OF_THE_AGENCY;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.SIGNED_IN;
import static tw.uplift.notification.NotificationPermissionTableIT.Access.WEBHOOK_MANAGERS;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.notification.deadlines.application.DeadlineQueries;
import tw.uplift.notification.deadlines.application.DeadlineTracker;
import tw.uplift.notification.delivery.Addressee;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.DeliveryItem;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.notification.webhook.WebhookOwner;
import tw.uplift.notification.webhook.application.WebhookEndpoints;
import tw.uplift.notification.webhook.application.WebhookScope;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.permissions.Operation;
import tw.uplift.platform.test.permissions.PermissionTable;

/**
 * notification-service's permission table (issue #15): every operation of its OpenAPI document, called as anonymous,
 * as each role, for the item's own and another agency, its own and another supervising body. Every call gets fresh
 * resources of 民政局 (reviewed by kcg-rdec), made through the service's own domain: a tracked deadline (with a
 * pending extension request where one is decided), a notice in the agency's inbox, an e-mail delivery about the
 * deadline, a person of the agency's directory, a webhook endpoint the agency owns. The refusal rules and the document
 * checks are {@link PermissionTable}'s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification-service")
@WithUpliftInfrastructure
class NotificationPermissionTableIT {

    private static final String AGENCY = "kcg-civil-affairs";
    private static final String BODY = "kcg-rdec";

    /** Who calls. */
    enum Caller {
        ANONYMOUS(null),
        STAFF(TestTokens.agencyStaff("clerk", AGENCY)),
        HEAD(TestTokens.agencyHead("head", AGENCY)),
        STAFF_OF_ANOTHER_AGENCY(TestTokens.agencyStaff("clerk2", "kcg-household-xinxing")),
        HEAD_OF_ANOTHER_AGENCY(TestTokens.agencyHead("head2", "kcg-household-xinxing")),
        REVIEWER(TestTokens.reviewer("reviewer", BODY, null)),
        /** A reviewer of the body whose token also names the agency: a reviewer's rights, never the agency's. */
        REVIEWER_WITH_THE_AGENCY_ID(TestTokens.reviewer("reviewer2", BODY, AGENCY)),
        REVIEWER_OF_ANOTHER_BODY(TestTokens.reviewer("tc-reviewer", "taichung-rdec", null)),
        OPS(TestTokens.token("ops", List.of("OPS"), null, null)),
        /** OPS whose token carries the agency's id: an operator's rights, never the agency's. */
        OPS_WITH_AN_AGENCY_ID(TestTokens.token("ops2", List.of("OPS"), AGENCY, null)),
        ADMIN(TestTokens.admin()),
        /** An administrator whose token carries the agency's id: never asks or answers for the agency. */
        ADMIN_WITH_AN_AGENCY_ID(TestTokens.token("admin2", List.of("ADMIN"), AGENCY, null));

        final String token;

        Caller(String token) {
            this.token = token;
        }
    }

    /** Who may call an operation: the rows of the table. */
    enum Access implements tw.uplift.platform.test.permissions.Access<Caller> {
        /** Anyone signed in (their own inbox and preferences, the deadlines of a plan as far as they may see). */
        SIGNED_IN(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS))),
        /** One deadline or one delivery about it: its agency's users, its body's reviewers, operators, admins. */
        ITEM_READERS(EnumSet.of(Caller.STAFF, Caller.HEAD, Caller.REVIEWER, Caller.REVIEWER_WITH_THE_AGENCY_ID,
                Caller.OPS, Caller.OPS_WITH_AN_AGENCY_ID, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** The agency's own staff and head: ask for an extension, read the agency's notice. */
        OWN_AGENCY(EnumSet.of(Caller.STAFF, Caller.HEAD)),
        /** The body's reviewers: decide an extension. */
        BODY_REVIEWERS(EnumSet.of(Caller.REVIEWER, Caller.REVIEWER_WITH_THE_AGENCY_ID)),
        /** The directory: agency users (their agency's), reviewers (their body's), administrators (all). */
        DIRECTORY_READERS(EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.OPS, Caller.OPS_WITH_AN_AGENCY_ID))),
        /** One person of the agency: its users and administrators. */
        PEOPLE_OF_THE_AGENCY(EnumSet.of(Caller.STAFF, Caller.HEAD, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** The agency's head or an administrator: its directory entries, its webhook endpoints. */
        AGENCY_HEAD_OR_ADMIN(EnumSet.of(Caller.HEAD, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** Whoever manages some endpoints (their own list): agency heads, reviewers, administrators. */
        WEBHOOK_MANAGERS(EnumSet.of(Caller.HEAD, Caller.HEAD_OF_ANOTHER_AGENCY, Caller.REVIEWER,
                Caller.REVIEWER_WITH_THE_AGENCY_ID, Caller.REVIEWER_OF_ANOTHER_BODY, Caller.ADMIN,
                Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** Operators and administrators (a re-send, the platform's dead letters, the movable clock). */
        OPERATORS(EnumSet.of(Caller.OPS, Caller.OPS_WITH_AN_AGENCY_ID, Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID)),
        /** Administrators alone (the audit trail, its verification and its exports; operators watch, they don't audit). */
        ADMIN_ONLY(EnumSet.of(Caller.ADMIN, Caller.ADMIN_WITH_AN_AGENCY_ID));

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
            .row("GET /api/deadlines", SIGNED_IN)
            .row("GET /api/deadlines/{id}", ITEM_READERS)
            .row("POST /api/deadlines/{id}/extensions", OWN_AGENCY)
            .row("POST /api/deadlines/{id}/extensions/{number}/decision", BODY_REVIEWERS)
            .row("GET /api/inbox", SIGNED_IN)
            .row("GET /api/inbox/unread-count", SIGNED_IN)
            .row("POST /api/inbox/{id}/read", OWN_AGENCY)
            .row("GET /api/preferences/me", SIGNED_IN)
            .row("PUT /api/preferences/me", SIGNED_IN)
            .row("GET /api/deliveries", SIGNED_IN)
            .row("GET /api/deliveries/export.csv", SIGNED_IN)
            .row("GET /api/deliveries/{id}", ITEM_READERS)
            .row("POST /api/deliveries/{id}/resend", OPERATORS)
            .row("GET /api/directory/people", DIRECTORY_READERS)
            .row("GET /api/directory/people/{username}", PEOPLE_OF_THE_AGENCY)
            .row("PUT /api/directory/people/{username}", AGENCY_HEAD_OR_ADMIN)
            .row("POST /api/webhooks", AGENCY_HEAD_OR_ADMIN)
            .row("GET /api/webhooks", WEBHOOK_MANAGERS)
            .row("GET /api/webhooks/{id}", AGENCY_HEAD_OR_ADMIN)
            .row("POST /api/webhooks/{id}/disable", AGENCY_HEAD_OR_ADMIN)
            .row("POST /api/webhooks/{id}/rotate", AGENCY_HEAD_OR_ADMIN)
            .row("GET /api/audit/verification", ADMIN_ONLY)
            .row("GET /api/audit/entries.json", ADMIN_ONLY)
            .row("GET /api/audit/entries.csv", ADMIN_ONLY)
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
    DeadlineTracker tracker;

    @Autowired
    DeadlineQueries deadlines;

    @Autowired
    Inbox inbox;

    @Autowired
    WebhookEndpoints webhooks;

    @Test
    void everyOperationAnswersEachCallerAsTheTableSays() {
        TestHttp http = new TestHttp(port);
        TABLE.verify(http, (operation, caller) -> call(http, operation, caller));
    }

    private int call(TestHttp http, Operation operation, Caller caller) {
        String path = operation.path();
        String planId = "p-" + UUID.randomUUID();
        String deadlineId = path.contains("/deadlines/") || path.startsWith("/api/deliveries") ? deadline(planId) : "";
        String id = switch (path.substring(0, path.indexOf('/', 5) < 0 ? path.length() : path.indexOf('/', 5))) {
            case "/api/deadlines" -> deadlineId;
            case "/api/inbox" -> notice();
            case "/api/deliveries" -> delivery(deadlineId, planId);
            case "/api/webhooks" -> webhook();
            default -> UUID.randomUUID().toString();
        };
        String username = path.contains("{username}") ? person(http) : "";
        String number = path.contains("{number}") ? extensionRequested(http, deadlineId) : "";
        String filled = operation.path(Map.of("id", id, "username", username, "number", number));
        if (filled.equals("/api/deadlines")) {
            filled += "?planId=" + planId;
        } else if (filled.startsWith("/api/deliveries") && !filled.contains(id)) {
            filled += "?deadlineId=" + deadlineId;
        }
        return http.send(operation.method(), filled, caller.token, bodyOf(operation, username), Map.of()).status();
    }

    /** A body each operation can read, valid for an allowed caller, so a refusal is the permission check's. */
    private static String bodyOf(Operation operation, String username) {
        String path = operation.path();
        if (operation.reads() || path.startsWith("/admin/")) {
            return null;
        }
        if (path.endsWith("/extensions")) {
            return "{\"dueDate\": \"" + LocalDate.now().plusDays(60) + "\", \"reason\": \"颱風停班，工程延宕\"}";
        }
        if (path.endsWith("/decision")) {
            return "{\"decision\": \"APPROVE\"}";
        }
        if (path.equals("/api/preferences/me")) {
            return "{\"language\": \"zh-TW\"}";
        }
        if (path.startsWith("/api/directory/")) {
            return person(username);
        }
        if (path.equals("/api/webhooks")) {
            return "{\"owner\": \"agency:" + AGENCY + "\", \"url\": \"https://hooks.example.tw/uplift\"}";
        }
        return null;
    }

    /** A dated measure of the plan, the agency's to complete in 30 days: its deadline's id. */
    private String deadline(String planId) {
        tracker.register(new Owed(Obligation.dated(TrackedItem.measure(planId, "m-1"), Parties.ofAgency(AGENCY, BODY),
                "1. 推動線上申辦", LocalDate.now().plusDays(30)), new EventPosition("/uplift/plan-service", planId, 1)));
        return deadlines.ofPlan(planId, AGENCY, null).getFirst().getId();
    }

    /** The agency's clerk asks for more time (through the API, as the agency does): the request's number. */
    private static String extensionRequested(TestHttp http, String deadlineId) {
        TestHttp.Reply asked = http.post("/api/deadlines/" + deadlineId + "/extensions", Caller.STAFF.token,
                bodyOf(Operation.parse("POST /api/deadlines/{id}/extensions"), null));
        return String.valueOf(asked.body().get("number").asInt());
    }

    /** A notice to the agency's inbox. */
    private String notice() {
        NoticeCause cause = NoticeCause.event(UUID.randomUUID().toString());
        String recipient = tw.uplift.notification.Recipients.agency(AGENCY);
        inbox.deliver(cause, new Notice(InboxKind.PLAN_APPROVED, "計畫已核定", "民政局115年度計畫已核定", null, null),
                List.of(recipient));
        return InboxItem.idFor(cause, recipient);
    }

    /** An e-mail to the agency's clerk about the deadline. */
    private String delivery(String deadlineId, String planId) {
        return store.save(Delivery.create(NoticeCause.event(UUID.randomUUID().toString()),
                new Notice(InboxKind.PLAN_APPROVED, "計畫已核定", "民政局115年度計畫已核定", null, null),
                Channel.EMAIL, new Addressee(tw.uplift.notification.Recipients.user("clerk"),
                        "clerk@agency.example.tw", null), "計畫已核定",
                new DeliveryItem(deadlineId, "m-1", planId, AGENCY, BODY, 115), Instant.now())).getId();
    }

    /** A person of the agency's directory, put there by an administrator: their username. */
    private static String person(TestHttp http) {
        String username = "contact-" + UUID.randomUUID().toString().substring(0, 8);
        http.put("/api/directory/people/" + username, Caller.ADMIN.token, person(username));
        return username;
    }

    private static String person(String username) {
        return "{\"name\": \"林承辦\", \"email\": \"" + username + "@agency.example.tw\", \"agencyId\": \"" + AGENCY
                + "\", \"roles\": [\"CONTACT\"]}";
    }

    /** An endpoint the agency owns. */
    private String webhook() {
        return webhooks.register(WebhookOwner.agency(AGENCY), URI.create("https://hooks.example.tw/uplift"), null,
                "head", WebhookScope.everyone()).endpoint().getId();
    }
}

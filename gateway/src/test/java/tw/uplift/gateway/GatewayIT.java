package tw.uplift.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.gateway.FakeService.Received;

/**
 * The gateway as a process of its own would run it: against the real issuer of the local run ({@code deploy/identity},
 * a child process) and a real HTTP server standing in for plan-, review- and survey-service (notification-service is
 * "down": nothing listens on its port). Driven over HTTP by a {@link Browser} that keeps cookies like a real one.
 */
class GatewayIT {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    static final int PUBLIC_BURST = 40;

    @TempDir
    static Path work;

    static Issuer issuer;
    static FakeService services;
    static ConfigurableApplicationContext app;
    static String gateway;

    @BeforeAll
    static void start() {
        int gatewayPort = freePort();
        gateway = "http://localhost:" + gatewayPort;
        services = FakeService.start();
        issuer = Issuer.start(freePort(), gateway + "/login/oauth2/code/uplift", work);
        app = GatewayApplication.application().sources(ShiftedClock.class).run(
                "--server.port=" + gatewayPort,
                "--spring.security.oauth2.client.provider.uplift.issuer-uri=" + issuer.url(),
                "--uplift.gateway.services.plan=" + services.url(),
                "--uplift.gateway.services.review=" + services.url(),
                "--uplift.gateway.services.survey=" + services.url(),
                "--uplift.gateway.services.notification=http://localhost:" + freePort(),
                // small enough to reach in a test, large enough for the anonymous requests of the other tests
                "--uplift.gateway.public.rate-limit.burst=" + PUBLIC_BURST,
                "--uplift.gateway.public.rate-limit.refill-per-minute=" + PUBLIC_BURST);
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (issuer != null) {
            issuer.close();
        }
        if (services != null) {
            services.close();
        }
    }

    @BeforeEach
    void forgetEarlierRequests() {
        services.clear();
    }

    // --- routing, anonymous ----------------------------------------------------------------------------------------

    @Test
    void anAnonymousVisitorReachesAPublicPageWithoutAToken() {
        HttpResponse<String> page = new Browser().get(gateway + "/public/plans/p-1?lang=en");

        assertThat(page.statusCode()).isEqualTo(200);
        Received arrived = services.last("GET", "/public/plans/p-1").orElseThrow();
        assertThat(arrived.rawQuery()).isEqualTo("lang=en");
        assertThat(arrived.header("Authorization")).isNull();
        assertThat(arrived.header("X-CSRF-TOKEN")).isNotBlank();
        assertThat(arrived.header("X-CSRF-PARAM")).isEqualTo("_csrf");
    }

    @Test
    void anAnonymousVisitorOfAStaffPageIsSentToTheLogin() {
        HttpResponse<String> page = new Browser().get(gateway + "/plans");

        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValue(gateway + "/oauth2/authorization/uplift");
        assertThat(services.received()).isEmpty();
    }

    @Test
    void theLandingPageOffersTheLogin() {
        HttpResponse<String> home = new Browser().get(gateway + "/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("href=\"/oauth2/authorization/uplift\"");
    }

    @Test
    void aClientCannotForgeTheRelayedCsrfHeaders() {
        new Browser().get(gateway + "/public/surveys/s-1", "X-CSRF-TOKEN", "forged", "X-CSRF-PARAM", "forged");

        Received arrived = services.last("GET", "/public/surveys/s-1").orElseThrow();
        assertThat(arrived.headers().get("x-csrf-token")).hasSize(1).doesNotContain("forged");
        assertThat(arrived.header("X-CSRF-PARAM")).isEqualTo("_csrf");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> page = new Browser().get(gateway + "/public/surveys/s-1");

        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("UPLIFT_SESSION=").contains("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContain("Secure"));   // plain HTTP here; Tomcat adds Secure where the request came over TLS
    }

    @Test
    void aLoggedInPersonIsNotCountedOnThePublicRoutesAnAnonymousVisitorFromTheSameAddressIs() {
        String address = "198.51.100.80";   // as an ingress would send it; the test connects from loopback, a trusted proxy
        Browser clerk = new Browser();
        clerk.logIn(gateway, "clerk", new ArrayList<>());
        for (int i = 0; i <= PUBLIC_BURST; i++) {
            assertThat(clerk.get(gateway + "/public/plans/p-1", "X-Forwarded-For", address).statusCode())
                    .as("the clerk's request %d", i + 1).isEqualTo(200);
        }

        Browser visitor = new Browser();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= PUBLIC_BURST; i++) {
            statuses.add(visitor.get(gateway + "/public/plans/p-1", "X-Forwarded-For", address).statusCode());
        }

        assertThat(statuses.subList(0, PUBLIC_BURST)).as("the clerk used none of the address's budget").containsOnly(200);
        assertThat(statuses.getLast()).isEqualTo(429);
    }

    // --- security headers --------------------------------------------------------------------------------------------

    @Test
    void everyPageCarriesTheGatewaysSecurityHeadersAlsoWhereTheServiceSentItsOwn() {
        for (String path : List.of("/", "/public/plans/p-1")) {
            HttpResponse<String> page = new Browser().get(gateway + path);

            assertThat(page.headers().allValues("Content-Security-Policy")).as(path).containsExactly(CSP);
            assertThat(page.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(page.headers().allValues("Referrer-Policy")).as(path).containsExactly("strict-origin-when-cross-origin");
            assertThat(page.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
        }
    }

    // --- CSRF ----------------------------------------------------------------------------------------------------------

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefusedAndNeverReachesTheService() {
        Browser browser = new Browser();
        browser.get(gateway + "/public/surveys/s-1");   // a session exists, but the form does not carry its token

        HttpResponse<String> answer = browser.postForm(gateway + "/public/surveys/s-1/answers", Map.of("q1", "5"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(services.last("POST", "/public/surveys/s-1/answers")).isEmpty();
    }

    @Test
    void aCitizensFormWithTheRelayedTokenPassesAnonymously() {
        Browser citizen = new Browser();
        citizen.get(gateway + "/public/surveys/s-1");
        String token = services.last("GET", "/public/surveys/s-1").orElseThrow().header("X-CSRF-TOKEN");

        HttpResponse<String> answer = citizen.postForm(gateway + "/public/surveys/s-1/answers", Map.of("q1", "5", "_csrf", token));

        assertThat(answer.statusCode()).isEqualTo(200);
        Received arrived = services.last("POST", "/public/surveys/s-1/answers").orElseThrow();
        assertThat(Browser.parseForm(arrived.bodyText())).containsEntry("q1", List.of("5"));
        assertThat(arrived.header("Authorization")).isNull();
    }

    @Test
    void aMultipartUploadWithoutTheTokenInItsQueryIsRefused() {
        Browser browser = new Browser();
        browser.get(gateway + "/public/surveys/s-1");

        HttpResponse<String> answer = browser.post(gateway + "/public/surveys/s-1/attachments",
                "multipart/form-data; boundary=b", "--b--\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(403);
    }

    // --- logged in: token relay, bodies, API prefix ---------------------------------------------------------------------

    @Test
    void aClerkLogsInAtTheIssuerLandsOnTheirPlansAndEveryRoutedRequestCarriesTheirToken() {
        Browser clerk = new Browser();
        List<URI> visited = new ArrayList<>();

        HttpResponse<String> desk = clerk.logIn(gateway, "clerk", visited);

        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.uri().toString()).isEqualTo(gateway + "/plans");
        assertThat(visited).anySatisfy(uri -> assertThat(uri.toString()).startsWith(issuer.url() + "/oauth2/authorize")
                .contains("code_challenge_method=S256").contains("client_id=uplift-web"));
        Received plans = services.last("GET", "/plans").orElseThrow();
        JsonNode claims = claimsOf(plans.header("Authorization"));
        assertThat(claims.get("iss").asString()).isEqualTo(issuer.url());
        assertThat(claims.get("sub").asString()).isEqualTo("clerk");
        assertThat(claims.get("agency_id").asString()).isEqualTo("kcg-civil-affairs");
        assertThat(plans.header("X-CSRF-TOKEN")).isNotBlank();
        assertThat(plans.header("Cookie")).doesNotContain("UPLIFT_SESSION");

        clerk.get(gateway + "/public/plans/p-1");
        assertThat(claimsOf(services.last("GET", "/public/plans/p-1").orElseThrow().header("Authorization"))
                .get("sub").asString()).isEqualTo("clerk");
    }

    @Test
    void anApiCallIsRewrittenToTheServicesOwnPathsAndItsLocationBack() {
        Browser clerk = loggedIn("clerk");
        String token = csrfTokenSeenBy(clerk);

        HttpResponse<String> created = clerk.post(gateway + "/api/plan/plans", "application/json",
                "{\"title\":\"高雄市政府民政局115年度提升服務執行計畫\"}".getBytes(StandardCharsets.UTF_8), "X-CSRF-TOKEN", token);
        clerk.get(gateway + "/api/plan/plans?rocYear=115&q=a%2Bb%20c");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/plan/plans/p-9");
        Received post = services.last("POST", "/api/plans").orElseThrow();
        assertThat(post.bodyText()).isEqualTo("{\"title\":\"高雄市政府民政局115年度提升服務執行計畫\"}");
        assertThat(claimsOf(post.header("Authorization")).get("sub").asString()).isEqualTo("clerk");
        Received list = services.last("GET", "/api/plans").orElseThrow();
        assertThat(Browser.parseForm(list.rawQuery())).containsEntry("rocYear", List.of("115")).containsEntry("q", List.of("a+b c"));
    }

    @Test
    void aRedirectOfAServiceToItsOwnAddressStaysOnTheGateway() {
        Browser clerk = loggedIn("clerk");

        HttpResponse<String> moved = clerk.get(gateway + "/plans/moved");

        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location")).hasValue("/plans/p-1");
    }

    @Test
    void anUrlencodedFormArrivesWithEveryFieldIntact() {
        Browser clerk = loggedIn("clerk");
        String token = csrfTokenSeenBy(clerk);
        // As a browser encodes a UTF-8 page's form: repeated fields, reserved characters, an empty field, CJK text.
        String body = "title=" + enc("訂定標準作業流程(SOP)") + "&units=" + enc("戶籍行政科") + "&units=" + enc("各科室")
                + "&note=" + enc("a+b & c=d% 100%") + "&empty=&deadline=" + enc("12月15日前") + "&_csrf=" + enc(token);

        HttpResponse<String> answer = clerk.post(gateway + "/plans/p-1/measures?lang=zh-TW",
                "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(200);
        Received arrived = services.last("POST", "/plans/p-1/measures").orElseThrow();
        assertThat(arrived.rawQuery()).isEqualTo("lang=zh-TW");
        assertThat(Browser.parseForm(arrived.bodyText())).containsExactlyInAnyOrderEntriesOf(Map.of(
                "title", List.of("訂定標準作業流程(SOP)"),
                "units", List.of("戶籍行政科", "各科室"),
                "note", List.of("a+b & c=d% 100%"),
                "empty", List.of(""),
                "deadline", List.of("12月15日前"),
                "_csrf", List.of(token)));
        assertThat(arrived.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
    }

    @Test
    void aMultipartUploadStreamsThroughByteForByte() {
        Browser clerk = loggedIn("clerk");
        String token = csrfTokenSeenBy(clerk);
        String boundary = "----UpliftBoundary7MA4YWxkTrZu0gW";
        byte[] body = multipart(boundary);

        HttpResponse<String> answer = clerk.post(gateway + "/plans/import?_csrf=" + enc(token),
                "multipart/form-data; boundary=" + boundary, body);

        assertThat(answer.statusCode()).isEqualTo(200);
        Received arrived = services.last("POST", "/plans/import").orElseThrow();
        assertThat(arrived.body()).isEqualTo(body);
        // Same type and boundary; Spring writes the header anew (no space after ';', and the request's UTF-8 named).
        MediaType type = MediaType.parseMediaType(arrived.header("Content-Type"));
        assertThat(type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)).isTrue();
        assertThat(type.getParameter("boundary")).isEqualTo(boundary);
        assertThat(claimsOf(arrived.header("Authorization")).get("sub").asString()).isEqualTo("clerk");
    }

    @Test
    void aTokenThatExpiredSendsThePersonThroughTheIssuerAgainAndBackToTheSamePage() {
        Browser clerk = loggedIn("clerk");
        String before = services.last("GET", "/plans").orElseThrow().header("Authorization");
        ShiftedClock clock = app.getBean(ShiftedClock.class);

        HttpResponse<String> expired;
        try {
            clock.shift(Duration.ofHours(2));     // the local issuer's tokens live 1 h and come without a refresh token
            expired = clerk.get(gateway + "/plans/p-1");
        } finally {
            clock.shift(Duration.ZERO);
        }

        assertThat(expired.statusCode()).isEqualTo(302);
        assertThat(expired.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(issuer.url() + "/oauth2/authorize"));
        HttpResponse<String> back = clerk.follow(expired, new ArrayList<>());    // silent: the issuer session lasts
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.uri().getPath()).isEqualTo("/plans/p-1");
        String after = services.last("GET", "/plans/p-1").orElseThrow().header("Authorization");
        assertThat(after).isNotEqualTo(before);
        assertThat(claimsOf(after).get("sub").asString()).isEqualTo("clerk");
    }

    // --- desks and logout ------------------------------------------------------------------------------------------------

    @Test
    void aReviewerLandsOnTheirTasks() {
        HttpResponse<String> desk = new Browser().logIn(gateway, "reviewer", new ArrayList<>());

        assertThat(desk.uri().toString()).isEqualTo(gateway + "/reviews");
        assertThat(claimsOf(services.last("GET", "/reviews").orElseThrow().header("Authorization")).get("body_id").asString())
                .isEqualTo("kcg-rdec");
    }

    @Test
    void logoutEndsTheSessionHereAndAtTheIssuer() {
        Browser clerk = loggedIn("clerk");
        String token = csrfTokenSeenBy(clerk);

        HttpResponse<String> logout = clerk.postForm(gateway + "/logout", Map.of("_csrf", token));

        assertThat(logout.statusCode()).isEqualTo(302);
        String endSession = logout.headers().firstValue("Location").orElseThrow();
        assertThat(endSession).startsWith(issuer.url()).contains("id_token_hint=")
                .contains("post_logout_redirect_uri=" + gateway + "/");
        List<URI> visited = new ArrayList<>();
        HttpResponse<String> back = clerk.follow(logout, visited);
        assertThat(back.uri().toString()).isEqualTo(gateway + "/");
        assertThat(back.statusCode()).isEqualTo(200);

        // Logged out here: a staff page sends to the login again; logged out there: the issuer asks for the password.
        assertThat(clerk.get(gateway + "/plans").statusCode()).isEqualTo(302);
        HttpResponse<String> again = clerk.follow(clerk.get(gateway + "/oauth2/authorization/uplift"), new ArrayList<>());
        assertThat(again.uri().toString()).isEqualTo(issuer.url() + "/login");
    }

    // --- a service that is down ------------------------------------------------------------------------------------------

    @Test
    void aServiceThatIsDownGivesA502PageNotAnError() {
        Browser clerk = loggedIn("clerk");

        HttpResponse<String> page = clerk.get(gateway + "/inbox");
        HttpResponse<String> api = clerk.get(gateway + "/api/notification/inbox");

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body()).contains("notification-service");
        assertThat(page.headers().allValues("Content-Security-Policy")).containsExactly(CSP);
        assertThat(api.statusCode()).isEqualTo(502);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    // --- the status page ---------------------------------------------------------------------------------------------------

    @Test
    void aPageGetsNoUnreadCountWhenNotificationServiceDoesNotAnswerAndNoneAClientMadeUp() {
        Browser clerk = loggedIn("clerk");

        // notification-service is down in this test: the page is served all the same, without a badge.
        assertThat(clerk.get(gateway + "/plans", "X-Uplift-Unread", "99").statusCode()).isEqualTo(200);
        assertThat(services.last("GET", "/plans").orElseThrow().header("X-Uplift-Unread")).isNull();
    }

    @Test
    void theStatusPageIsForOperatorsOnly() {
        Browser clerk = loggedIn("clerk");

        assertThat(clerk.get(gateway + "/ops").statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminLandsOnTheStatusPageWhichShowsEachServiceAndADownOneAsDown() {
        Browser admin = new Browser();
        HttpResponse<String> ops = admin.logIn(gateway, "admin", new ArrayList<>());

        assertThat(ops.uri().toString()).isEqualTo(gateway + "/ops");
        assertThat(ops.statusCode()).isEqualTo(200);
        assertThat(ops.body()).contains("plan-service", "review-service", "survey-service", "notification-service")
                .contains("review-events: 17")                       // consumer lag from the service's metrics
                .contains("review-events.plan-service.dlt-0-7")     // a dead letter, with its replay button
                .contains("無法連線", "not reachable (connection refused)")   // notification-service does not answer
                .contains("name=\"advanceBy\"");                     // the clocks are movable: "move forward"
        assertThat(claimsOf(services.last("GET", "/admin/dead-letters").orElseThrow().header("Authorization"))
                .get("sub").asString()).isEqualTo("admin");
    }

    @Test
    void anOperatorReplaysADeadLetterAndMovesTheClocksForward() {
        Browser ops = new Browser();
        HttpResponse<String> page = ops.logIn(gateway, "ops", new ArrayList<>());
        String token = Browser.csrfField(page.body());

        HttpResponse<String> replayed = ops.postForm(gateway + "/ops/dead-letters/replay",
                Map.of("service", "plan-service", "id", "review-events.plan-service.dlt-0-7", "_csrf", token));

        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(services.last("POST", "/admin/dead-letters/review-events.plan-service.dlt-0-7/replay")).isPresent();
        assertThat(ops.follow(replayed, new ArrayList<>()).body()).contains("Replayed review-events.plan-service.dlt-0-7");

        HttpResponse<String> moved = ops.postForm(gateway + "/ops/clock", Map.of("advanceBy", "P1D", "_csrf", token));

        assertThat(moved.statusCode()).isEqualTo(302);
        Received clock = services.last("POST", "/admin/clock").orElseThrow();
        assertThat(clock.bodyText()).isEqualTo("{\"advanceBy\": \"PT24H\"}");
        assertThat(claimsOf(clock.header("Authorization")).get("sub").asString()).isEqualTo("ops");
        HttpResponse<String> after = ops.follow(moved, new ArrayList<>());
        assertThat(after.body()).contains("Clock moved forward by PT24H").contains("notification-service: not reachable");
    }

    // --- helpers ---------------------------------------------------------------------------------------------------------

    private static Browser loggedIn(String username) {
        Browser browser = new Browser();
        HttpResponse<String> desk = browser.logIn(gateway, username, new ArrayList<>());
        assertThat(desk.statusCode()).as("desk of " + username).isEqualTo(200);
        return browser;
    }

    /** The CSRF token a service was given to render into its forms, as the browser's next form would carry it. */
    private static String csrfTokenSeenBy(Browser browser) {
        browser.get(gateway + "/plans/p-1");
        return services.last("GET", "/plans/p-1").orElseThrow().header("X-CSRF-TOKEN");
    }

    private static JsonNode claimsOf(String authorization) {
        assertThat(authorization).startsWith("Bearer ");
        String payload = authorization.substring("Bearer ".length()).split("\\.")[1];
        return JsonMapper.shared().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private static byte[] multipart(String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\n"
                + "第一版 draft & more\r\n--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"document\"; filename=\"高雄市政府民政局115年度.docx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 64 * 1024; i++) {
            out.write((i * 31 + 7) & 0xff);    // every byte value, not text
        }
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gateway's clock for judging token expiry, moved forward by a test (the real time plus {@link #shift}). */
    static final class ShiftedClock extends Clock {

        private volatile Duration shift = Duration.ZERO;

        void shift(Duration shift) {
            this.shift = shift;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}

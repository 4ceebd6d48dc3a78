package tw.uplift.notification.webhook.sending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.webhook.WebhookEndpoint;
import tw.uplift.notification.webhook.WebhookOutcome;
import tw.uplift.notification.webhook.WebhookOutcome.Result;
import tw.uplift.notification.webhook.WebhookOwner;
import tw.uplift.notification.webhook.WebhookPayload;
import tw.uplift.notification.webhook.WebhookProperties;
import tw.uplift.notification.webhook.WebhookSecret;
import tw.uplift.notification.webhook.WebhookSignature;
import tw.uplift.notification.webhook.WebhookVerifier;
import tw.uplift.notification.webhook.WebhookVerifier.Verdict;
import tw.uplift.platform.time.MovableClock;

/**
 * The client against real receivers on real sockets: what a receiver verifies, replays refused, rotation, and
 * the breaker of a failing endpoint while a healthy one keeps taking posts. The breaker opens after 4 recorded
 * failures (window 4, all of them needed), the retry makes 3 requests at most, so the counts below are exact.
 */
class WebhookClientTest {

    private static final Duration GRACE = Duration.ofHours(24);
    private static final WebhookProperties PROPS = new WebhookProperties(Duration.ofSeconds(1),
            Duration.ofMillis(300), GRACE, new WebhookProperties.Retry(3, Duration.ofMillis(5), Duration.ofMillis(20)),
            new WebhookProperties.Breaker(4, 4, 50f, Duration.ofMinutes(10), 1));

    private final MovableClock clock = new MovableClock(Clock.systemUTC());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final WebhookClient client = new WebhookClient(PROPS, CircuitBreakerRegistry.ofDefaults(),
            RetryRegistry.ofDefaults(), meters, clock);
    private final List<TestReceiver> receivers = new ArrayList<>();
    private int sent;

    private TestReceiver healthy;
    private WebhookSecret secret;
    private WebhookEndpoint endpoint;

    @BeforeEach
    void healthyReceiver() throws Exception {
        secret = WebhookSecret.generate();
        healthy = receiver(new WebhookVerifier(secret, clock));
        endpoint = endpointAt(healthy, secret);
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(TestReceiver::close);
    }

    private TestReceiver receiver(WebhookVerifier verifier) throws Exception {
        TestReceiver receiver = new TestReceiver(verifier);
        receivers.add(receiver);
        return receiver;
    }

    private WebhookEndpoint endpointAt(TestReceiver receiver, WebhookSecret with) {
        return WebhookEndpoint.register(new WebhookEndpoint.Registration(WebhookOwner.agency("kcg-sanmin-district"),
                receiver.url(), Set.of(), "head"), with, clock.instant());
    }

    private static WebhookPayload overdue() {
        return WebhookPayload.of(InboxKind.ITEM_OVERDUE, Instant.parse("2026-04-01T01:00:00Z"),
                new WebhookPayload.Data("notice-1", "plan-1", "m-1", null, "d-1", "「臨櫃服務」已逾期",
                        LocalDate.of(2026, 3, 31), "http://localhost:8080/plans/plan-1"));
    }

    private WebhookOutcome post(WebhookEndpoint to) {
        return client.post(to, "msg_" + (++sent), overdue());
    }

    private static int resend(URI url, String id, String timestamp, String signature, byte[] body) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(url).header(WebhookSignature.ID_HEADER, id)
                    .header(WebhookSignature.TIMESTAMP_HEADER, timestamp)
                    .header(WebhookSignature.SIGNATURE_HEADER, signature)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private double breakerStateMetric(WebhookEndpoint of) {
        return meters.get(WebhookClient.BREAKER_STATE_METRIC).tag("endpoint", of.getId()).gauge().value();
    }

    @Test
    void postsTheSignedPayloadAndTheReceiverVerifiesIt() {
        WebhookOutcome outcome = client.post(endpoint, "notice-1", overdue());

        assertThat(outcome).isEqualTo(WebhookOutcome.delivered(1));
        TestReceiver.Received got = healthy.last();
        assertThat(got.verdict()).isEqualTo(Verdict.VERIFIED);
        assertThat(got.id()).isEqualTo("notice-1");
        assertThat(got.contentType()).isEqualTo("application/json");
        assertThat(got.body()).isEqualTo(overdue().toJson());
        assertThat(Long.parseLong(got.timestamp())).isCloseTo(clock.instant().getEpochSecond(), within(5L));
    }

    @Test
    void theReceiverRefusesTheSameRequestReplayedTenMinutesLaterAndATamperedBody() throws Exception {
        assertThat(post(endpoint).delivered()).isTrue();
        TestReceiver.Received genuine = healthy.last();

        byte[] tampered = new String(genuine.body(), StandardCharsets.UTF_8).replace("已逾期", "已完成")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(resend(healthy.url(), genuine.id(), genuine.timestamp(), genuine.signature(), tampered))
                .isEqualTo(401);
        assertThat(healthy.last().verdict()).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);

        clock.advance(Duration.ofMinutes(10));
        assertThat(resend(healthy.url(), genuine.id(), genuine.timestamp(), genuine.signature(), genuine.body()))
                .isEqualTo(401);
        assertThat(healthy.last().verdict()).isEqualTo(Verdict.TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void theReceiverRefusesAProperlySignedTimestampTenMinutesOld() throws Exception {
        long old = clock.instant().minus(Duration.ofMinutes(10)).getEpochSecond();
        byte[] body = overdue().toJson();

        int status = resend(healthy.url(), "msg_old", Long.toString(old),
                WebhookSignature.sign("msg_old", old, body, secret), body);

        assertThat(status).isEqualTo(401);
        assertThat(healthy.last().verdict()).isEqualTo(Verdict.TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void duringTheGracePeriodPostsVerifyWithEitherSecretAndAfterItOnlyWithTheNewOne() {
        WebhookSecret next = WebhookSecret.generate();
        endpoint.rotate(next, GRACE, clock.instant());

        healthy.verifyingWith(new WebhookVerifier(secret, clock));       // a receiver not switched over yet
        assertThat(post(endpoint).delivered()).isTrue();
        assertThat(healthy.last().signature().split(" ")).hasSize(2);
        healthy.verifyingWith(new WebhookVerifier(next, clock));         // one already switched over
        assertThat(post(endpoint).delivered()).isTrue();

        clock.advance(GRACE.plusSeconds(1));

        healthy.verifyingWith(new WebhookVerifier(secret, clock));
        WebhookOutcome withOldSecret = post(endpoint);
        assertThat(withOldSecret.result()).isEqualTo(Result.PERMANENT_FAILURE);
        assertThat(withOldSecret.reason()).isEqualTo("HTTP 401");
        assertThat(healthy.last().verdict()).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(healthy.last().signature().split(" ")).hasSize(1);
        healthy.verifyingWith(new WebhookVerifier(next, clock));
        assertThat(post(endpoint).delivered()).isTrue();
    }

    @Test
    void aFailingEndpointOpensItsBreakerAndIsNoLongerCalledWhileAHealthyOneKeepsTakingPosts() throws Exception {
        TestReceiver failing = receiver(new WebhookVerifier(secret, clock)).answering(call -> 500);
        WebhookEndpoint broken = endpointAt(failing, secret);
        List<WebhookOutcome> toBroken = new ArrayList<>();
        List<WebhookOutcome> toHealthy = new ArrayList<>();

        for (int i = 0; i < 6; i++) {
            toBroken.add(post(broken));
            toHealthy.add(post(endpoint));
        }

        assertThat(toHealthy).allMatch(WebhookOutcome::delivered);
        assertThat(healthy.calls()).isEqualTo(6);
        // 3 requests for the first post, the 4th opens the breaker in the second post's first attempt
        assertThat(failing.calls()).isEqualTo(4);
        assertThat(toBroken.getFirst()).isEqualTo(WebhookOutcome.temporary("HTTP 500", 3));
        assertThat(toBroken.get(1)).isEqualTo(WebhookOutcome.temporary("circuit open", 1));
        assertThat(toBroken.subList(2, 6)).containsOnly(WebhookOutcome.temporary("circuit open", 0));
        assertThat(client.breakerOf(broken.getId()).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(client.breakerOf(endpoint.getId()).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breakerStateMetric(broken)).isEqualTo(1.0);
        assertThat(breakerStateMetric(endpoint)).isEqualTo(0.0);
    }

    @Test
    void anEndpointThatHangsTimesOutOpensItsBreakerAndHoldsUpNoOtherEndpoint() throws Exception {
        TestReceiver hanging = receiver(new WebhookVerifier(secret, clock)).answering(call -> TestReceiver.HANG);
        WebhookEndpoint stuck = endpointAt(hanging, secret);

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<List<WebhookOutcome>> toStuck = CompletableFuture.supplyAsync(() -> {
                List<WebhookOutcome> outcomes = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    outcomes.add(client.post(stuck, "stuck_" + i, overdue()));
                }
                return outcomes;
            }, threads);
            List<WebhookOutcome> toHealthy = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                toHealthy.add(post(endpoint));
            }

            assertThat(toHealthy).allMatch(WebhookOutcome::delivered);
            List<WebhookOutcome> stuckOutcomes = toStuck.get();
            assertThat(stuckOutcomes.getFirst()).isEqualTo(WebhookOutcome.temporary("timed out", 3));
            assertThat(stuckOutcomes.subList(2, 4)).containsOnly(WebhookOutcome.temporary("circuit open", 0));
        }
        assertThat(hanging.calls()).isEqualTo(4);
        assertThat(client.breakerOf(stuck.getId()).getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void aClientErrorIsPermanentIsNotRetriedAndDoesNotOpenTheBreaker() throws Exception {
        TestReceiver refusing = receiver(new WebhookVerifier(secret, clock)).answering(call -> 400);
        WebhookEndpoint to = endpointAt(refusing, secret);

        for (int i = 0; i < 6; i++) {
            assertThat(post(to)).isEqualTo(WebhookOutcome.permanent("HTTP 400", 1));
        }
        assertThat(refusing.calls()).isEqualTo(6);
        assertThat(client.breakerOf(to.getId()).getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aTransientFailureIsRetriedUnderTheSameIdWithAFreshSignature() {
        healthy.answering(call -> call == 1 ? 503 : call == 2 ? 429 : TestReceiver.VERIFY);

        WebhookOutcome outcome = client.post(endpoint, "notice-7", overdue());

        assertThat(outcome).isEqualTo(WebhookOutcome.delivered(3));
        assertThat(healthy.received()).extracting(TestReceiver.Received::id).containsOnly("notice-7");
        assertThat(healthy.received()).extracting(TestReceiver.Received::verdict).containsOnly(Verdict.VERIFIED);
    }

    @Test
    void aRedirectIsNotFollowed() throws Exception {
        TestReceiver moved = receiver(new WebhookVerifier(secret, clock)).answering(call -> 308);

        WebhookOutcome outcome = post(endpointAt(moved, secret));

        assertThat(outcome.result()).isEqualTo(Result.PERMANENT_FAILURE);
        assertThat(moved.calls()).isEqualTo(1);
    }

    @Test
    void aDisabledEndpointIsNotCalled() {
        endpoint.disable("admin", clock.instant());

        assertThat(post(endpoint)).isEqualTo(WebhookOutcome.permanent("endpoint disabled", 0));
        assertThat(healthy.calls()).isZero();
    }

    @Test
    void nothingAnswersAtAllIsATemporaryFailure() throws Exception {
        TestReceiver gone = receiver(new WebhookVerifier(secret, clock));
        WebhookEndpoint to = endpointAt(gone, secret);
        gone.close();

        WebhookOutcome outcome = post(to);

        assertThat(outcome.result()).isEqualTo(Result.TEMPORARY_FAILURE);
        assertThat(outcome.attempts()).isEqualTo(3);
    }
}

package tw.uplift.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.notification.webhook.WebhookVerifier.Verdict;

class WebhookVerifierTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final byte[] BODY = "{\"type\":\"notice.item_overdue\"}".getBytes(StandardCharsets.UTF_8);

    private final WebhookSecret secret = WebhookSecret.generate();
    private final WebhookVerifier verifier = new WebhookVerifier(secret, Clock.fixed(NOW, ZoneOffset.UTC));

    private static String ts(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    @Test
    void acceptsAGenuineRequest() {
        String signature = WebhookSignature.sign("msg_1", NOW.getEpochSecond(), BODY, secret);

        assertThat(verifier.verify("msg_1", ts(NOW), signature, BODY)).isEqualTo(Verdict.VERIFIED);
    }

    @Test
    void refusesATimestampTenMinutesOldEvenWhenItsSignatureIsRight() {
        Instant old = NOW.minus(Duration.ofMinutes(10));
        String signature = WebhookSignature.sign("msg_1", old.getEpochSecond(), BODY, secret);

        assertThat(verifier.verify("msg_1", ts(old), signature, BODY)).isEqualTo(Verdict.TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void acceptsClocksFiveMinutesApartEitherWayButNotMore() {
        for (Instant at : List.of(NOW.minusSeconds(300), NOW.plusSeconds(300))) {
            assertThat(verifier.verify("m", ts(at), WebhookSignature.sign("m", at.getEpochSecond(), BODY, secret), BODY))
                    .isEqualTo(Verdict.VERIFIED);
        }
        Instant ahead = NOW.plusSeconds(301);
        assertThat(verifier.verify("m", ts(ahead), WebhookSignature.sign("m", ahead.getEpochSecond(), BODY, secret),
                BODY)).isEqualTo(Verdict.TIMESTAMP_OUT_OF_TOLERANCE);
    }

    @Test
    void refusesATamperedBodyIdOrTimestamp() {
        String signature = WebhookSignature.sign("msg_1", NOW.getEpochSecond(), BODY, secret);
        byte[] tampered = "{\"type\":\"notice.item_overdue\" }".getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.verify("msg_1", ts(NOW), signature, tampered)).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(verifier.verify("msg_2", ts(NOW), signature, BODY)).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
        assertThat(verifier.verify("msg_1", ts(NOW.plusSeconds(1)), signature, BODY))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void refusesASignatureMadeWithAnotherSecret() {
        String signature = WebhookSignature.sign("msg_1", NOW.getEpochSecond(), BODY, WebhookSecret.generate());

        assertThat(verifier.verify("msg_1", ts(NOW), signature, BODY)).isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void acceptsWhenAnyOfSeveralSignaturesMatchesAndSkipsOtherSchemes() {
        String good = WebhookSignature.sign("msg_1", NOW.getEpochSecond(), BODY, secret);
        String header = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v1a,abc= garbage " + good;

        assertThat(verifier.verify("msg_1", ts(NOW), header, BODY)).isEqualTo(Verdict.VERIFIED);
        assertThat(verifier.verify("msg_1", ts(NOW), good.replace("v1,", "v2,"), BODY))
                .isEqualTo(Verdict.NO_MATCHING_SIGNATURE);
    }

    @Test
    void refusesMissingOrMalformedHeaders() {
        String signature = WebhookSignature.sign("msg_1", NOW.getEpochSecond(), BODY, secret);

        assertThat(verifier.verify(null, ts(NOW), signature, BODY)).isEqualTo(Verdict.MISSING_HEADER);
        assertThat(verifier.verify("msg_1", "", signature, BODY)).isEqualTo(Verdict.MISSING_HEADER);
        assertThat(verifier.verify("msg_1", ts(NOW), null, BODY)).isEqualTo(Verdict.MISSING_HEADER);
        assertThat(verifier.verify("msg_1", "2026-03-02T02:00:00Z", signature, BODY))
                .isEqualTo(Verdict.MALFORMED_TIMESTAMP);
    }
}

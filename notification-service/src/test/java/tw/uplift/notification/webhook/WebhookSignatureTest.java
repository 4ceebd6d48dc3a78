package tw.uplift.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /**
     * The vector published with the Standard Webhooks reference libraries' tests (standard-webhooks repository,
     * {@code libraries/*}: key, id, timestamp and body below give {@code v1,g0hM9S…}); checked independently with
     * {@code openssl dgst -sha256 -mac HMAC -macopt hexkey:<key bytes>} over the same content.
     */
    @Test
    void signsThePublishedExampleExactly() {
        WebhookSecret secret = WebhookSecret.parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body, secret))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void putsOneSignaturePerSecretSpaceSeparatedCurrentFirst() {
        WebhookSecret current = WebhookSecret.generate();
        WebhookSecret previous = WebhookSecret.generate();
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        String header = WebhookSignature.header("msg_1", 1700000000L, body, List.of(current, previous));

        assertThat(header.split(" ")).containsExactly(WebhookSignature.sign("msg_1", 1700000000L, body, current),
                WebhookSignature.sign("msg_1", 1700000000L, body, previous));
    }

    @Test
    void generatesRandomSecretsOfThirtyTwoBytesInTheWhsecFormat() {
        WebhookSecret one = WebhookSecret.generate();
        WebhookSecret other = WebhookSecret.generate();

        assertThat(one.text()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(one.text().substring(6))).hasSize(32);
        assertThat(WebhookSecret.parse(one.text())).isEqualTo(one);
        assertThat(one).isNotEqualTo(other);
        assertThat(one.toString()).doesNotContain(one.text().substring(6));
    }

    @Test
    void refusesSecretsShorterThanTheSpecAllows() {
        String twentyThreeBytes = Base64.getEncoder().encodeToString(new byte[23]);

        assertThatThrownBy(() -> WebhookSecret.parse("whsec_" + twentyThreeBytes))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSecret.parse(Base64.getEncoder().encodeToString(new byte[32])))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMessageIdsWithAFullStop() {
        assertThatThrownBy(() -> WebhookSignature.sign("msg.1", 1L, new byte[0], WebhookSecret.generate()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

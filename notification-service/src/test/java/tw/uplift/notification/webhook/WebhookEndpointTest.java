package tw.uplift.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;

class WebhookEndpointTest {

    private static final Instant T0 = Instant.parse("2026-03-02T02:00:00Z");
    private static final Duration GRACE = Duration.ofHours(24);

    private final WebhookSecret first = WebhookSecret.generate();

    private WebhookEndpoint endpoint(Set<InboxKind> kinds) {
        return WebhookEndpoint.register(new WebhookEndpoint.Registration(WebhookOwner.agency("kcg-sanmin-district"),
                URI.create("https://hooks.example.gov.tw/uplift"), kinds, "head"), first, T0);
    }

    @Test
    void signsWithItsOneSecretUntilRotated() {
        assertThat(endpoint(Set.of()).signingSecrets(T0.plus(Duration.ofDays(400)))).containsExactly(first);
    }

    @Test
    void signsWithBothSecretsDuringTheGracePeriodAndOnlyTheNewOneAfter() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        WebhookSecret second = WebhookSecret.generate();
        Instant rotatedAt = T0.plus(Duration.ofDays(3));

        endpoint.rotate(second, GRACE, rotatedAt);

        assertThat(endpoint.signingSecrets(rotatedAt)).containsExactly(second, first);
        assertThat(endpoint.signingSecrets(rotatedAt.plus(GRACE).minusSeconds(1))).containsExactly(second, first);
        assertThat(endpoint.previousSecretRetiresAt(rotatedAt)).isEqualTo(rotatedAt.plus(GRACE));
        assertThat(endpoint.signingSecrets(rotatedAt.plus(GRACE))).containsExactly(second);
        assertThat(endpoint.previousSecretRetiresAt(rotatedAt.plus(GRACE))).isNull();
    }

    @Test
    void aSecondRotationWithinTheGraceKeepsEveryUnexpiredSecretAndDropsExpiredOnes() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        WebhookSecret second = WebhookSecret.generate();
        WebhookSecret third = WebhookSecret.generate();
        WebhookSecret fourth = WebhookSecret.generate();

        endpoint.rotate(second, GRACE, T0.plusSeconds(60));
        endpoint.rotate(third, GRACE, T0.plusSeconds(120));
        assertThat(endpoint.signingSecrets(T0.plusSeconds(120))).containsExactly(third, second, first);

        endpoint.rotate(fourth, GRACE, T0.plus(Duration.ofDays(2)));
        assertThat(endpoint.signingSecrets(T0.plus(Duration.ofDays(2)))).containsExactly(fourth, third);
    }

    @Test
    void aDisabledEndpointWantsNothingAndCannotBeRotated() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        assertThat(endpoint.wants(InboxKind.ITEM_OVERDUE)).isTrue();

        endpoint.disable("admin", T0);
        endpoint.disable("someone-else", T0.plusSeconds(5));

        assertThat(endpoint.isActive()).isFalse();
        assertThat(endpoint.wants(InboxKind.ITEM_OVERDUE)).isFalse();
        assertThat(endpoint.disabledBy()).isEqualTo("admin");
        assertThatThrownBy(() -> endpoint.rotate(WebhookSecret.generate(), GRACE, T0))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void wantsOnlyTheKindsItChose() {
        WebhookEndpoint endpoint = endpoint(Set.of(InboxKind.ITEM_OVERDUE, InboxKind.OVERDUE_ESCALATED));

        assertThat(endpoint.wants(InboxKind.ITEM_OVERDUE)).isTrue();
        assertThat(endpoint.wants(InboxKind.DEADLINE_APPROACHING)).isFalse();
    }

    @Test
    void takesAbsoluteHttpsAndHttpUrlsOnly() {
        assertThat(WebhookUrl.parse("https://hooks.example.gov.tw/a?b=c", "url"))
                .isEqualTo(URI.create("https://hooks.example.gov.tw/a?b=c"));
        assertThat(WebhookUrl.parse("http://10.0.0.5:8080/hook", "url").getPort()).isEqualTo(8080);
        for (String bad : new String[] {"", "hooks.example.gov.tw/a", "/relative", "ftp://example.gov.tw/x",
                "https://user:secret@example.gov.tw/x", "https://example.gov.tw/x#frag", "https:///nohost",
                "javascript:alert(1)", "https://exa mple.gov.tw/"}) {
            assertThatThrownBy(() -> WebhookUrl.parse(bad, "url")).as(bad).isInstanceOfSatisfying(InvalidInput.class,
                    e -> assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("url"));
        }
    }

    @Test
    void readsOwnersAsAgencyOrBody() {
        assertThat(WebhookOwner.parse("agency:kcg-sanmin-district", "owner"))
                .isEqualTo(WebhookOwner.agency("kcg-sanmin-district"));
        assertThat(WebhookOwner.parse("body:kcg-rdec", "owner").toString()).isEqualTo("body:kcg-rdec");
        for (String bad : new String[] {"kcg", "agency:", "person:x", "agency:a b", "body:../x"}) {
            assertThatThrownBy(() -> WebhookOwner.parse(bad, "owner")).as(bad).isInstanceOf(InvalidInput.class);
        }
    }
}

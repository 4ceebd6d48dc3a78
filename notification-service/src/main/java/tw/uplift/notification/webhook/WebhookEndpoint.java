package tw.uplift.notification.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * A webhook endpoint (網路掛鉤端點) an agency or a supervising body registered: where notices are posted, which kinds
 * it wants, whether it is active, and its signing secrets. Rotating a secret keeps the previous one signing for a
 * grace period, so the owner can switch its receiver over without losing a post: meanwhile every post carries both
 * signatures. Records no events; it extends {@link OutboxAggregate} for its id, optimistic locking and the one way
 * of saving aggregates here.
 */
@Document("webhook_endpoints")
public class WebhookEndpoint extends OutboxAggregate {

    @Indexed
    private String owner;
    private String url;
    /** Empty: every kind, including kinds added later. */
    private Set<InboxKind> kinds = EnumSet.noneOf(InboxKind.class);
    private boolean active;
    private List<SigningSecret> secrets = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;
    private String disabledBy;
    private Instant disabledAt;

    protected WebhookEndpoint() {
    }

    private WebhookEndpoint(String id) {
        super(id);
    }

    /** What registering an endpoint takes; {@code kinds} empty means every kind. */
    public record Registration(WebhookOwner owner, URI url, Set<InboxKind> kinds, String by) {

        public Registration {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(url, "url");
            kinds = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(InboxKind.class) : EnumSet.copyOf(kinds);
        }
    }

    /** Registers an endpoint, active, with {@code secret} as its first secret (shown to the owner once). */
    public static WebhookEndpoint register(Registration registration, WebhookSecret secret, Instant now) {
        WebhookEndpoint endpoint = new WebhookEndpoint(UUID.randomUUID().toString());
        endpoint.owner = registration.owner().toString();
        endpoint.url = registration.url().toString();
        endpoint.kinds = registration.kinds();
        endpoint.active = true;
        endpoint.secrets.add(new SigningSecret(secret.text(), now, null));
        endpoint.createdBy = registration.by();
        endpoint.createdAt = now;
        return endpoint;
    }

    /**
     * Makes {@code next} the current secret; the one it replaces keeps signing until {@code now + grace}. Secrets
     * whose grace has run out are dropped. A disabled endpoint keeps its secrets as they are.
     *
     * @throws RuleViolationException {@code endpoint-disabled} when the endpoint is disabled
     */
    public void rotate(WebhookSecret next, Duration grace, Instant now) {
        requireActive();
        if (grace.isNegative()) {
            throw new IllegalArgumentException("a grace period is not negative");
        }
        List<SigningSecret> kept = new ArrayList<>();
        for (SigningSecret s : secrets) {
            if (s.isCurrent()) {
                kept.add(new SigningSecret(s.secret(), s.since(), now.plus(grace)));
            } else if (s.signsAt(now)) {
                kept.add(s);
            }
        }
        kept.add(new SigningSecret(next.text(), now, null));
        secrets = kept;
    }

    /** Stops posts to it (停用); disabling it again changes nothing. */
    public void disable(String by, Instant now) {
        if (active) {
            active = false;
            disabledBy = by;
            disabledAt = now;
        }
    }

    /** The secrets a post at {@code now} is signed with: the current one first, then those in their grace period. */
    public List<WebhookSecret> signingSecrets(Instant now) {
        return secrets.stream().filter(s -> s.signsAt(now))
                .sorted(Comparator.comparing((SigningSecret s) -> !s.isCurrent()).thenComparing(SigningSecret::since,
                        Comparator.reverseOrder()))
                .map(SigningSecret::parsed).toList();
    }

    /** When the last previous secret stops signing, or null when only the current one signs at {@code now}. */
    public Instant previousSecretRetiresAt(Instant now) {
        return secrets.stream().filter(s -> !s.isCurrent() && s.signsAt(now)).map(SigningSecret::retiresAt)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** Whether it wants notices of this kind (an active endpoint with no kinds wants them all). */
    public boolean wants(InboxKind kind) {
        return active && (kinds.isEmpty() || kinds.contains(kind));
    }

    private void requireActive() {
        if (!active) {
            throw new RuleViolationException("endpoint-disabled", "this webhook endpoint is disabled");
        }
    }

    public WebhookOwner owner() {
        return WebhookOwner.parse(owner, "owner");
    }

    public URI url() {
        return URI.create(url);
    }

    public Set<InboxKind> kinds() {
        return kinds.isEmpty() ? EnumSet.noneOf(InboxKind.class) : EnumSet.copyOf(kinds);
    }

    public boolean isActive() {
        return active;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String disabledBy() {
        return disabledBy;
    }

    public Instant disabledAt() {
        return disabledAt;
    }
}

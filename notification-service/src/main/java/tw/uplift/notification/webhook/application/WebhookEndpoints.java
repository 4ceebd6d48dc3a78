package tw.uplift.notification.webhook.application;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.webhook.WebhookEndpoint;
import tw.uplift.notification.webhook.WebhookOwner;
import tw.uplift.notification.webhook.WebhookSecret;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * The webhook endpoints (網路掛鉤端點) and what their owners do with them: register, list, read, disable, rotate the
 * secret. Every read and write is scoped: an endpoint outside the caller's {@link WebhookScope} does not exist
 * for them (404), so ids cannot be probed. A secret leaves this class only in a {@link Issued} (on registration
 * and rotation), never in a listing.
 */
public class WebhookEndpoints {

    private static final int MAX_LISTED = 500;

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Duration rotationGrace;
    private final Clock clock;

    /** @param clock the real clock: a secret's grace period is real time for the receiver, not business time */
    public WebhookEndpoints(AggregateStore store, MongoTemplate mongo, Duration rotationGrace, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.rotationGrace = rotationGrace;
        this.clock = clock;
    }

    /**
     * An endpoint with a secret just issued: the only time the secret is shown.
     *
     * @param previousRetiresAt when the previous secret stops signing (after a rotation), else null
     */
    public record Issued(WebhookEndpoint endpoint, String secret, Instant previousRetiresAt) {
    }

    /**
     * Registers an endpoint for {@code owner}.
     *
     * @throws AccessDeniedException when the owner is outside the caller's scope
     */
    public Issued register(WebhookOwner owner, URI url, Set<InboxKind> kinds, String by, WebhookScope scope) {
        if (!scope.covers(owner)) {
            throw new AccessDeniedException("you may not register webhooks for " + owner);
        }
        WebhookSecret secret = WebhookSecret.generate();
        WebhookEndpoint endpoint = store.save(WebhookEndpoint.register(
                new WebhookEndpoint.Registration(owner, url, kinds, by), secret, clock.instant()));
        return new Issued(endpoint, secret.text(), null);
    }

    /** The endpoints in scope, newest first; those of one owner when {@code owner} is given. */
    public List<WebhookEndpoint> list(WebhookScope scope, WebhookOwner owner) {
        Criteria criteria;
        if (owner != null) {
            if (!scope.covers(owner)) {
                return List.of();
            }
            criteria = Criteria.where("owner").is(owner.toString());
        } else if (scope.all()) {
            criteria = new Criteria();
        } else {
            criteria = Criteria.where("owner").in(scope.owners().stream().map(WebhookOwner::toString).toList());
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(MAX_LISTED),
                WebhookEndpoint.class);
    }

    /** @throws NotFoundException when there is none with that id in scope */
    public WebhookEndpoint get(String id, WebhookScope scope) {
        return store.findById(id, WebhookEndpoint.class).filter(e -> scope.covers(e.owner()))
                .orElseThrow(() -> new NotFoundException("webhook endpoint", id));
    }

    /** Disables it (停用): nothing is posted to it any more. Again: no change. */
    public WebhookEndpoint disable(String id, String by, WebhookScope scope) {
        return store.update(id, WebhookEndpoint.class, endpoint -> {
            requireInScope(endpoint, id, scope);
            endpoint.disable(by, clock.instant());
            return endpoint;
        }).orElseThrow(() -> new NotFoundException("webhook endpoint", id));
    }

    /**
     * Issues a new current secret; the replaced one keeps signing for the grace period (default 24 h), so posts
     * carry both signatures meanwhile.
     */
    public Issued rotate(String id, WebhookScope scope) {
        WebhookSecret next = WebhookSecret.generate();
        Instant now = clock.instant();
        WebhookEndpoint rotated = store.update(id, WebhookEndpoint.class, endpoint -> {
            requireInScope(endpoint, id, scope);
            endpoint.rotate(next, rotationGrace, now);
            return endpoint;
        }).orElseThrow(() -> new NotFoundException("webhook endpoint", id));
        return new Issued(rotated, next.text(), rotated.previousSecretRetiresAt(now));
    }

    /**
     * The active endpoints of an owner that want notices of a kind: where a notice for that owner goes by webhook.
     */
    public List<WebhookEndpoint> wanting(WebhookOwner owner, InboxKind kind) {
        return mongo.find(Query.query(Criteria.where("owner").is(owner.toString()).and("active").is(true)),
                WebhookEndpoint.class).stream().filter(e -> e.wants(kind)).toList();
    }

    private static void requireInScope(WebhookEndpoint endpoint, String id, WebhookScope scope) {
        if (!scope.covers(endpoint.owner())) {
            throw new NotFoundException("webhook endpoint", id);
        }
    }
}

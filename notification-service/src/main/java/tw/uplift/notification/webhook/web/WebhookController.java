package tw.uplift.notification.webhook.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.webhook.WebhookEndpoint;
import tw.uplift.notification.webhook.WebhookOwner;
import tw.uplift.notification.webhook.WebhookUrl;
import tw.uplift.notification.webhook.application.WebhookEndpoints;
import tw.uplift.notification.webhook.application.WebhookScope;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.security.CurrentUser;

/**
 * {@code /api/webhooks}: register, list, read, disable an endpoint and rotate its secret. The secret is in the
 * answer to registering and rotating only. See {@code docs/webhooks.md}.
 */
@RestController
@RequestMapping("/api/webhooks")
class WebhookController {

    private final WebhookEndpoints endpoints;

    WebhookController(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    /**
     * A new endpoint.
     *
     * @param owner {@code agency:<id>} or {@code body:<id>}; may be left out by a caller with a single one
     * @param url   where to post: absolute {@code https://} (or {@code http://}), no credentials
     * @param kinds the notice kinds it wants; empty or absent: all
     */
    record Registration(String owner, String url, Set<InboxKind> kinds) {
    }

    /** An endpoint as listed: never its secret. */
    record EndpointView(String id, String owner, String url, Set<InboxKind> kinds, boolean active, String createdBy,
            Instant createdAt, String disabledBy, Instant disabledAt) {

        static EndpointView of(WebhookEndpoint e) {
            return new EndpointView(e.getId(), e.owner().toString(), e.url().toString(), e.kinds(), e.isActive(),
                    e.createdBy(), e.createdAt(), e.disabledBy(), e.disabledAt());
        }
    }

    /** An endpoint with the secret just issued, shown this once. */
    record IssuedView(EndpointView endpoint, String secret, Instant previousSecretRetiresAt) {

        static IssuedView of(WebhookEndpoints.Issued issued) {
            return new IssuedView(EndpointView.of(issued.endpoint()), issued.secret(), issued.previousRetiresAt());
        }
    }

    @PostMapping
    ResponseEntity<IssuedView> register(@RequestBody Registration request, CurrentUser user) {
        WebhookScope scope = WebhookCallers.scopeOf(user);
        WebhookOwner owner;
        if (request.owner() == null || request.owner().isBlank()) {
            owner = WebhookCallers.defaultOwner(scope);
            if (owner == null) {
                throw InvalidInput.of("owner", "is required: agency:<id> or body:<id>");
            }
        } else {
            owner = WebhookOwner.parse(request.owner(), "owner");
        }
        URI url = WebhookUrl.parse(request.url(), "url");
        WebhookEndpoints.Issued issued = endpoints.register(owner, url, request.kinds(), user.username(), scope);
        return ResponseEntity.created(URI.create("/api/webhooks/" + issued.endpoint().getId()))
                .body(IssuedView.of(issued));
    }

    /** The caller's endpoints, newest first ({@code owner} narrows them to one owner). */
    @GetMapping
    List<EndpointView> list(@RequestParam(required = false) String owner, CurrentUser user) {
        WebhookOwner only = owner == null || owner.isBlank() ? null : WebhookOwner.parse(owner, "owner");
        return endpoints.list(WebhookCallers.scopeOf(user), only).stream().map(EndpointView::of).toList();
    }

    @GetMapping("/{id}")
    EndpointView get(@PathVariable String id, CurrentUser user) {
        return EndpointView.of(endpoints.get(id, WebhookCallers.scopeOf(user)));
    }

    @PostMapping("/{id}/disable")
    EndpointView disable(@PathVariable String id, CurrentUser user) {
        return EndpointView.of(endpoints.disable(id, user.username(), WebhookCallers.scopeOf(user)));
    }

    /** A new secret; the previous one keeps signing until {@code previousSecretRetiresAt}. */
    @PostMapping("/{id}/rotate")
    IssuedView rotate(@PathVariable String id, CurrentUser user) {
        return IssuedView.of(endpoints.rotate(id, WebhookCallers.scopeOf(user)));
    }
}

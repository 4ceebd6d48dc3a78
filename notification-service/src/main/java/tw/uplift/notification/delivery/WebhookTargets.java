package tw.uplift.notification.delivery;

import java.util.List;
import tw.uplift.notification.inbox.InboxKind;

/**
 * The hook for webhooks (網路回呼): which endpoints an agency or a supervising body subscribed for a kind of notice.
 * The webhook feature implements it (its endpoints per agency/body) together with a {@link ChannelSender} for
 * {@code WEBHOOK}; until then there are none. Each target gets its own {@link Delivery}, recipient
 * {@code webhook:<endpointId>}, address its URL.
 */
public interface WebhookTargets {

    /**
     * One subscribed endpoint.
     *
     * @param endpointId the endpoint's id
     * @param url        where to post
     */
    record Target(String endpointId, String url) {
    }

    /** The endpoints subscribed, by the agency or the body the notice concerns, to notices of this kind. */
    List<Target> subscribedTo(String agencyId, String bodyId, InboxKind kind);

    /** No endpoints (the webhook feature not yet wired). */
    static WebhookTargets none() {
        return (agencyId, bodyId, kind) -> List.of();
    }
}

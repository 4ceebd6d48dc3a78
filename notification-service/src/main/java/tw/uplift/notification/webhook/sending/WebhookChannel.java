package tw.uplift.notification.webhook.sending;

import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.notification.Channel;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.delivery.ChannelSender;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.SendOutcome;
import tw.uplift.notification.delivery.WebhookTargets;
import tw.uplift.notification.delivery.application.MailTemplates;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.webhook.WebhookEndpoint;
import tw.uplift.notification.webhook.WebhookOutcome;
import tw.uplift.notification.webhook.WebhookOwner;
import tw.uplift.notification.webhook.WebhookPayload;
import tw.uplift.notification.webhook.application.WebhookEndpoints;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * Webhooks as a delivery channel (網路回呼): which endpoints a notice goes to (those its agency and its supervising
 * body registered for its kind), and one signed post per {@link Delivery}. The delivery's id is the
 * {@code webhook-id}, the same for every attempt, so a receiver that keeps the ids it has seen drops a repeat; that
 * is why an attempt interrupted by a crash is simply made again ({@link #receiverDropsRepeats()}). Each endpoint
 * has its own breaker in the {@link WebhookClient}, so the sending worker keeps none for the whole channel.
 */
public class WebhookChannel implements ChannelSender, WebhookTargets {

    private final WebhookEndpoints endpoints;
    private final AggregateStore store;
    private final WebhookClient client;
    private final MailTemplates links;

    public WebhookChannel(WebhookEndpoints endpoints, AggregateStore store, WebhookClient client, MailTemplates links) {
        this.endpoints = endpoints;
        this.store = store;
        this.client = client;
        this.links = links;
    }

    @Override
    public List<Target> subscribedTo(String agencyId, String bodyId, InboxKind kind) {
        List<WebhookEndpoint> wanting = new ArrayList<>();
        if (agencyId != null) {
            wanting.addAll(endpoints.wanting(WebhookOwner.agency(agencyId), kind));
        }
        if (bodyId != null) {
            wanting.addAll(endpoints.wanting(WebhookOwner.body(bodyId), kind));
        }
        return wanting.stream().map(e -> new Target(e.getId(), e.url().toString())).toList();
    }

    @Override
    public Channel channel() {
        return Channel.WEBHOOK;
    }

    @Override
    public SendOutcome send(Delivery delivery) {
        String endpointId = Recipients.parse(delivery.recipient()).filter(a -> a.kind() == Recipients.Kind.WEBHOOK)
                .map(Recipients.Address::id).orElse(delivery.recipient());
        WebhookEndpoint endpoint = store.findById(endpointId, WebhookEndpoint.class).orElse(null);
        if (endpoint == null) {
            return SendOutcome.technicalFailure("webhook endpoint " + endpointId + " no longer exists");
        }
        WebhookOutcome outcome = client.post(endpoint, delivery.getId(), payloadOf(delivery));
        String reason = outcome.reason() == null ? "HTTP 2xx" : outcome.reason();
        return switch (outcome.result()) {
            case DELIVERED -> SendOutcome.delivered(reason);
            case TEMPORARY_FAILURE -> SendOutcome.temporaryFailure(reason);
            case PERMANENT_FAILURE -> SendOutcome.permanentFailure(reason);
            case TECHNICAL_FAILURE -> SendOutcome.technicalFailure(reason);
        };
    }

    @Override
    public boolean guardsEachDestination() {
        return true;
    }

    @Override
    public boolean receiverDropsRepeats() {
        return true;
    }

    private WebhookPayload payloadOf(Delivery d) {
        InboxItem.Links l = d.links() == null ? InboxItem.Links.none() : d.links();
        return WebhookPayload.of(d.kind(), d.createdAt(), new WebhookPayload.Data(d.getId(), l.planId(),
                l.measureId(), l.taskId(), l.deadlineId(), d.title(), d.facts() == null ? null : d.facts().dueDate(),
                links.link(d.kind(), l)));
    }
}

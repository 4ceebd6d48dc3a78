package tw.uplift.notification.delivery;

import tw.uplift.contracts.notification.Channel;

/**
 * Sends one {@link Delivery} on one {@link Channel} (e-mail over SMTP, a signed webhook). There is one sender per
 * channel that leaves the service; the in-app channel is the inbox itself and needs none.
 *
 * <p>A sender talks to the outside world once per call and reports what came of it; it never changes the
 * delivery, never retries and never throws for a failure it can name: the sending worker records the outcome
 * (and the attempt) on the delivery, decides on a retry and keeps the circuit breaker. A sender that throws is
 * treated as {@link SendOutcome.Result#TECHNICAL_FAILURE}.
 *
 * <p>What a sender may rely on: {@link Delivery#getId()} is stable across retries and restarts (use it as the
 * message's idempotency key: the e-mail's {@code Message-ID}, the webhook's {@code webhook-id});
 * {@link Delivery#address()} is where to send (an e-mail address, an endpoint URL);
 * {@link Delivery#recipient()} is who or what it is for (a person {@code user:<name>}, an endpoint id).
 */
public interface ChannelSender {

    /** The channel this sender serves. */
    Channel channel();

    /** One attempt; see the class comment for what may and may not happen here. */
    SendOutcome send(Delivery delivery);

    /**
     * Whether the sender keeps a circuit breaker per destination itself (webhooks: one per endpoint, so a failing
     * endpoint never holds up the others); the worker then keeps none for the whole channel.
     */
    default boolean guardsEachDestination() {
        return false;
    }

    /**
     * Whether a receiver drops a second copy with the same {@link Delivery#getId()} (a webhook's {@code webhook-id}):
     * then an attempt interrupted by a crash is simply made again. Without it (SMTP), such an attempt's outcome is
     * unknown and it is never repeated automatically (at most once).
     */
    default boolean receiverDropsRepeats() {
        return false;
    }
}

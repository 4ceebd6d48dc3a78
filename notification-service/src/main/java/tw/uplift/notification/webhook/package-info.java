/**
 * Webhooks (網路掛鉤) signed the Standard Webhooks way: an agency or a supervising body registers an endpoint
 * ({@link tw.uplift.notification.webhook.WebhookEndpoint}) with a rotatable secret, and notices are posted to it
 * as a small JSON {@link tw.uplift.notification.webhook.WebhookPayload} with the {@code webhook-id},
 * {@code webhook-timestamp} and {@code webhook-signature} headers ({@link tw.uplift.notification.webhook.WebhookSignature}).
 * {@link tw.uplift.notification.webhook.WebhookVerifier} is what a receiver does with them. Plain Java: the HTTP
 * client with its breaker and retry is in {@code sending}, the admin API in {@code web}.
 */
package tw.uplift.notification.webhook;

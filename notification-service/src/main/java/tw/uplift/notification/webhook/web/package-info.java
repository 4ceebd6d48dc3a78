/** The admin API of webhook endpoints, {@code /api/webhooks}. */
package tw.uplift.notification.webhook.web;

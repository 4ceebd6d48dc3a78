/**
 * Posting to webhook endpoints over HTTP: signed requests, short timeouts, a short retry with back-off and a
 * circuit breaker per endpoint, so a failing endpoint never holds up the others.
 */
package tw.uplift.notification.webhook.sending;

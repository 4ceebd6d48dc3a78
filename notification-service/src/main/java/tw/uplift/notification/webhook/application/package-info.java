/** Registering and managing webhook endpoints, scoped to the owners a caller may manage. */
package tw.uplift.notification.webhook.application;

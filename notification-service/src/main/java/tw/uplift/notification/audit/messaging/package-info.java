/** The audit trail's intakes: every event of the five topics, in a consumer group of their own. */
package tw.uplift.notification.audit.messaging;

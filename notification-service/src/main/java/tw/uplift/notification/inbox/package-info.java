/**
 * The in-app inbox: one {@link tw.uplift.notification.inbox.InboxItem} per notice and recipient, stored once
 * (its id is derived from what caused it, {@link tw.uplift.notification.inbox.NoticeCause}) and recorded as
 * delivered. Free of Spring web and Kafka.
 */
package tw.uplift.notification.inbox;

/** The inbox's unread counters: one small document per recipient, read by {@code _id}. */
package tw.uplift.notification.inbox.persistence;

/** The delivery feature's own collections beside its aggregates: the send queue, the directory, preferences. */
package tw.uplift.notification.delivery.persistence;

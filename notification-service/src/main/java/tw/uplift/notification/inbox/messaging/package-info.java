/** The inbox's consumers: review events and the tracker's own deadline events, handed to the notice classes. */
package tw.uplift.notification.inbox.messaging;

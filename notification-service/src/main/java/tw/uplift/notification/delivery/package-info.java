/**
 * Delivery of notices beyond the in-app inbox (通知傳送): one {@link tw.uplift.notification.delivery.Delivery} per
 * (cause, recipient, channel), sent once by a {@link tw.uplift.notification.delivery.ChannelSender} and kept with
 * its status and history as evidence. Free of Spring web and Kafka.
 */
package tw.uplift.notification.delivery;

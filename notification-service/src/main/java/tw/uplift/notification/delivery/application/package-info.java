/** Deciding, queueing and sending deliveries; the directory and preferences they are decided by. */
package tw.uplift.notification.delivery.application;

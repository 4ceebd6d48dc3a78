/** The deadline tracker's consumers: plan and review events, handed to the application classes. */
package tw.uplift.notification.deadlines.messaging;

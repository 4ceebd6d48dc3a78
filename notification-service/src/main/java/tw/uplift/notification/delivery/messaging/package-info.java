/** The delivery feature's consumers: the organisation from plan-service's events. */
package tw.uplift.notification.delivery.messaging;

package tw.uplift.contracts.notification;

import tw.uplift.contracts.DomainEvent;

/** Events on {@code notification-events}, published by notification-service. */
public sealed interface NotificationEvent extends DomainEvent
        permits NotificationDelivered, NotificationFailed {
}

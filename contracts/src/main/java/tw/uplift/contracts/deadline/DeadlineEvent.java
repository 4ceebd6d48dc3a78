package tw.uplift.contracts.deadline;

import tw.uplift.contracts.DomainEvent;

/** Events on {@code deadline-events}, published by notification-service's deadline tracker. */
public sealed interface DeadlineEvent extends DomainEvent
        permits DeadlineApproaching, ItemOverdue, OverdueEscalated {
}

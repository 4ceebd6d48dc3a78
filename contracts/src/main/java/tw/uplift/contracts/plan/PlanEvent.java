package tw.uplift.contracts.plan;

import tw.uplift.contracts.DomainEvent;

/** Events on {@code plan-events}, published by plan-service. */
public sealed interface PlanEvent extends DomainEvent
        permits PlanSubmitted, PlanApproved, PlanReturned, PlanPublished, PlanAmended,
        MeasureProgressReported, MeasureCompleted, AnnualResultsSubmitted, PlanClosed,
        AgencyChanged, SupervisingBodyChanged {
}

package tw.uplift.review.organisation.messaging;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.plan.SupervisingBodyChanged;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;
import tw.uplift.review.organisation.Agency;
import tw.uplift.review.organisation.AsOf;
import tw.uplift.review.organisation.Organisation;
import tw.uplift.review.organisation.SupervisingBody;

/**
 * {@code plan-events}: agency and body changes, and the agency a submitted plan names. It shares the topic's one
 * binding with the tasks' intake (the platform hands each record to every intake of the topic, in their order)
 * rather than a binding of its own: two bindings in the service's one consumer group would split the topic's
 * partitions between them, each seeing only part of the events. It goes first, so the task a submission opens
 * already finds its agency's parent chain.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrganisationIntake implements EventIntake {

    private final Organisation organisation;

    OrganisationIntake(Organisation organisation) {
        this.organisation = organisation;
    }

    @Override
    public Topic topic() {
        return Topic.PLAN;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case AgencyChanged changed -> organisation.agencyChanged(
                    new Agency(changed.agencyId(), changed.name(), changed.parentId(), changed.supervisingBodyId(),
                            changed.active()),
                    new AsOf(firstNonNull(changed.changedAt(), event), event.sequence()));
            case SupervisingBodyChanged changed -> organisation.bodyChanged(
                    new SupervisingBody(changed.bodyId(), changed.name(), changed.agencyId(), changed.active()),
                    new AsOf(firstNonNull(changed.changedAt(), event), event.sequence()));
            // The plan's sequence says nothing about the agency's: only the time orders a submission's copy.
            case PlanSubmitted submitted when submitted.agencyId() != null -> organisation.agencySubmitted(
                    new Agency(submitted.agencyId(), submitted.agencyName(), submitted.parentAgencyId(),
                            submitted.supervisingBodyId(), true),
                    new AsOf(firstNonNull(submitted.submittedAt(), event), 0));
            default -> { }
        }
    }

    private static java.time.Instant firstNonNull(java.time.Instant own, EventEnvelope<DomainEvent> event) {
        return own != null ? own : event.time();
    }
}

package tw.uplift.notification.delivery.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.contracts.plan.SupervisingBodyChanged;
import tw.uplift.notification.delivery.application.Directory;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/**
 * {@code plan-events}: the organisation (agencies, their supervising bodies and names) for the directory. The
 * events carry no people; the newest state of each wins, so a redelivered or late event changes nothing.
 */
@Component
class OrganisationIntake implements EventIntake {

    private final Directory directory;

    OrganisationIntake(Directory directory) {
        this.directory = directory;
    }

    @Override
    public Topic topic() {
        return Topic.PLAN;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case AgencyChanged agency -> directory.agencyChanged(agency);
            case SupervisingBodyChanged body -> directory.bodyChanged(body);
            default -> {
            }
        }
    }
}

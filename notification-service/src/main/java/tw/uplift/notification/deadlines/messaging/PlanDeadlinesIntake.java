package tw.uplift.notification.deadlines.messaging;

import org.springframework.stereotype.Component;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanAmended;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanClosed;
import tw.uplift.notification.deadlines.application.PlanDeadlines;
import tw.uplift.platform.events.EventEnvelope;
import tw.uplift.platform.messaging.EventIntake;

/**
 * {@code plan-events}: approvals and amendments register (and release) deadlines; completions and progress
 * reports close them; a plan's closure stops them all.
 */
@Component
class PlanDeadlinesIntake implements EventIntake {

    private final PlanDeadlines deadlines;

    PlanDeadlinesIntake(PlanDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Topic topic() {
        return Topic.PLAN;
    }

    @Override
    public void on(EventEnvelope<DomainEvent> event) {
        switch (event.payload()) {
            case PlanApproved approved -> deadlines.approved(approved, event.position());
            case PlanAmended amended -> deadlines.amended(amended, event.position());
            case PlanClosed closed -> deadlines.closed(closed, event.position());
            case MeasureCompleted completed -> deadlines.measureCompleted(completed, event.position());
            case MeasureProgressReported reported -> deadlines.progressReported(reported, event.position());
            default -> {
            }
        }
    }
}

package tw.uplift.contracts.plan;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A supervising body (督考機關, e.g. a city's 研究發展考核委員會) was registered or changed: its whole current
 * state.
 *
 * @param bodyId    the body (aggregate id, Kafka key)
 * @param name      its name
 * @param agencyId  the agency it is part of, if it is one (its own reviewers never review that agency), or null
 * @param active    false once retired
 * @param changedAt when
 */
@EventType("tw.uplift.plan.SupervisingBodyChanged.v1")
public record SupervisingBodyChanged(
        String bodyId,
        String name,
        String agencyId,
        boolean active,
        Instant changedAt) implements PlanEvent {

    @Override
    public String aggregateId() {
        return bodyId;
    }
}

package tw.uplift.contracts.plan;

import java.time.Instant;
import java.util.List;
import tw.uplift.contracts.EventType;

/**
 * An agency (機關) was registered or changed: its whole current state, so a consumer keeps a copy of the
 * organisation tree (for conflict of interest through parent agencies, for recipients) by taking the newest.
 *
 * @param agencyId          the agency (aggregate id, Kafka key)
 * @param name              its name, e.g. 高雄市新興區戶政事務所
 * @param parentId          its parent agency (上級機關), or null
 * @param supervisingBodyId the body that reviews its plans (督考機關)
 * @param units             its units (科/課/室/館/所), by name, in the agency's order
 * @param active            false once the agency is retired; its plans stay readable
 * @param changedAt         when
 */
@EventType("tw.uplift.plan.AgencyChanged.v1")
public record AgencyChanged(
        String agencyId,
        String name,
        String parentId,
        String supervisingBodyId,
        List<String> units,
        boolean active,
        Instant changedAt) implements PlanEvent {

    public AgencyChanged {
        units = units == null ? List.of() : List.copyOf(units);
    }

    @Override
    public String aggregateId() {
        return agencyId;
    }
}

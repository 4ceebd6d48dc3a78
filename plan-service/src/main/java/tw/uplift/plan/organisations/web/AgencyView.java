package tw.uplift.plan.organisations.web;

import java.time.Instant;
import java.util.List;
import tw.uplift.plan.organisations.AgencyDetails;
import tw.uplift.plan.organisations.AgencyRegistration;

/** An agency as the API shows it: the state {@code AgencyChanged} carries, and when it was registered and changed. */
public record AgencyView(String id, String name, String parentId, String supervisingBodyId, List<String> units,
        boolean active, Instant registeredAt, Instant changedAt) {

    static AgencyView of(AgencyRegistration agency) {
        AgencyDetails details = agency.details();
        return new AgencyView(agency.getId(), details.name(), details.parentId(), details.supervisingBodyId(),
                details.units(), details.active(), agency.getRegisteredAt(), agency.getChangedAt());
    }
}

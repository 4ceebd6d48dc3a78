package tw.uplift.plan.organisations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * An agency (機關) as this installation keeps it: its name, parent agency, supervising body and units, and whether it
 * is still active. Every change records {@link AgencyChanged} with the whole state, in the same document write, so
 * other services keep their copy by taking the newest. A change that changes nothing records nothing.
 */
@Document("agencies")
public class AgencyRegistration extends OutboxAggregate {

    private String name;
    private String parentId;
    private String supervisingBodyId;
    private List<String> units = new ArrayList<>();
    private boolean active;
    private Instant registeredAt;
    private Instant changedAt;

    protected AgencyRegistration() {
    }

    private AgencyRegistration(String id, Instant at) {
        super(id);
        this.registeredAt = at;
    }

    /**
     * Registers an agency under a new id.
     *
     * @throws InvalidOrganisationInput for a bad id or bad details (400)
     * @throws tw.uplift.platform.domain.RuleViolationException when its place breaks a rule ({@link AgencyPlacement})
     */
    public static AgencyRegistration register(String id, AgencyDetails details, OrganisationChart chart, Instant at) {
        List<InputIssue> issues = new ArrayList<>();
        InputIssue badId = OrganisationId.problemOf(id);
        if (badId != null) {
            issues.add(badId);
        }
        issues.addAll(details.issues());
        InvalidOrganisationInput.throwIfAny(issues);
        AgencyPlacement.check(id, details, null, chart);
        AgencyRegistration agency = new AgencyRegistration(id, at);
        agency.apply(details, at);
        return agency;
    }

    /**
     * Sets all its details (retiring it is {@code active = false}; an agency is never deleted).
     *
     * @return whether anything changed; when nothing did, no event is recorded
     */
    public boolean change(AgencyDetails details, OrganisationChart chart, Instant at) {
        InvalidOrganisationInput.throwIfAny(details.issues());
        AgencyDetails before = details();
        if (details.equals(before)) {
            return false;
        }
        AgencyPlacement.check(id, details, before, chart);
        apply(details, at);
        return true;
    }

    private void apply(AgencyDetails details, Instant at) {
        this.name = details.name();
        this.parentId = details.parentId();
        this.supervisingBodyId = details.supervisingBodyId();
        this.units = new ArrayList<>(details.units());
        this.active = details.active();
        this.changedAt = at;
        record(new AgencyChanged(id, name, parentId, supervisingBodyId, units, active, at), at);
    }

    /** Its details as an administrator edits them. */
    public AgencyDetails details() {
        return new AgencyDetails(name, parentId, supervisingBodyId, units, active);
    }

    /** The agency as plan code reads it. */
    public Agency agency() {
        return new Agency(id, name, parentId, supervisingBodyId, units);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}

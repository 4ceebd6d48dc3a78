package tw.uplift.plan.organisations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.plan.SupervisingBodyChanged;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * A supervising body (督考機關) as this installation keeps it. Every change records {@link SupervisingBodyChanged}
 * with the whole state in the same document write; a change that changes nothing records nothing.
 */
@Document("supervising_bodies")
public class BodyRegistration extends OutboxAggregate {

    private String name;
    private String agencyId;
    private boolean active;
    private Instant registeredAt;
    private Instant changedAt;

    protected BodyRegistration() {
    }

    private BodyRegistration(String id, Instant at) {
        super(id);
        this.registeredAt = at;
    }

    /**
     * Registers a body under a new id.
     *
     * @throws InvalidOrganisationInput for a bad id or bad details (400)
     * @throws RuleViolationException {@code unknown-agency} when it names an agency that is not registered
     */
    public static BodyRegistration register(String id, BodyDetails details, OrganisationChart chart, Instant at) {
        List<InputIssue> issues = new ArrayList<>();
        InputIssue badId = OrganisationId.problemOf(id);
        if (badId != null) {
            issues.add(badId);
        }
        issues.addAll(details.issues());
        InvalidOrganisationInput.throwIfAny(issues);
        requireKnownAgency(details, chart);
        BodyRegistration body = new BodyRegistration(id, at);
        body.apply(details, at);
        return body;
    }

    /** Sets all its details (retiring it is {@code active = false}). @return whether anything changed */
    public boolean change(BodyDetails details, OrganisationChart chart, Instant at) {
        InvalidOrganisationInput.throwIfAny(details.issues());
        if (details.equals(details())) {
            return false;
        }
        requireKnownAgency(details, chart);
        apply(details, at);
        return true;
    }

    /** The agency a body is part of tells reviewers whom they must never review, so it must be one we know. */
    private static void requireKnownAgency(BodyDetails details, OrganisationChart chart) {
        if (details.agencyId() != null && chart.agency(details.agencyId()).isEmpty()) {
            throw new RuleViolationException("unknown-agency", "agencyId",
                    "there is no agency " + details.agencyId());
        }
    }

    private void apply(BodyDetails details, Instant at) {
        this.name = details.name();
        this.agencyId = details.agencyId();
        this.active = details.active();
        this.changedAt = at;
        record(new SupervisingBodyChanged(id, name, agencyId, active, at), at);
    }

    public BodyDetails details() {
        return new BodyDetails(name, agencyId, active);
    }

    public SupervisingBody body() {
        return new SupervisingBody(id, name, agencyId);
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

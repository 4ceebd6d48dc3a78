package tw.uplift.plan.organisations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The agencies and supervising bodies this installation serves, as registered (see {@link OrganisationAdministration}
 * and {@link OrganisationSeed}). Read from the store on every call: an administrator's change is seen at once by every
 * instance. A retired agency is still found (its plans stay readable under its name); {@link #isActive} tells.
 */
@Component
public class AgencyDirectory implements OrganisationChart {

    private static final Sort BY_ID = Sort.by("_id");

    private final AgencyRegistrations agencies;
    private final BodyRegistrations bodies;

    AgencyDirectory(AgencyRegistrations agencies, BodyRegistrations bodies) {
        this.agencies = agencies;
        this.bodies = bodies;
    }

    /** The agency with that id, active or retired; empty for null or an id nobody registered. */
    public Optional<Agency> find(String id) {
        return registration(id).map(AgencyRegistration::agency);
    }

    /** Every registered agency, retired ones included, by id. */
    public List<Agency> all() {
        return registrations().stream().map(AgencyRegistration::agency).toList();
    }

    /** Whether the agency is registered and not retired. */
    public boolean isActive(String id) {
        return registration(id).map(AgencyRegistration::isActive).orElse(false);
    }

    /**
     * The agency's parent chain, nearest first: for a district household office the civil-affairs bureau, then the
     * bureau's parent, and so on. Empty for a top-level or unknown agency. Who may not review whom (a reviewer never
     * reviews their own agency or its parents) and who hears of an agency's overdue work are read from it.
     */
    public List<Agency> ancestors(String agencyId) {
        List<Agency> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(agencyId);
        String parentId = find(agencyId).map(Agency::parentId).orElse(null);
        // The rules keep the chart free of cycles; the guard keeps a damaged store from looping for ever.
        while (parentId != null && seen.add(parentId) && chain.size() < AgencyPlacement.MAX_DEPTH) {
            Optional<Agency> parent = find(parentId);
            if (parent.isEmpty()) {
                break;
            }
            chain.add(parent.get());
            parentId = parent.get().parentId();
        }
        return chain;
    }

    /** The supervising body with that id, active or retired. */
    public Optional<SupervisingBody> findBody(String id) {
        return bodyRegistration(id).map(BodyRegistration::body);
    }

    /** Every agency with its state (active, when changed), by id: for administrators. */
    public List<AgencyRegistration> registrations() {
        return agencies.findAll(BY_ID);
    }

    public Optional<AgencyRegistration> registration(String id) {
        return id == null || id.isBlank() ? Optional.empty() : agencies.findById(id);
    }

    /** Every supervising body with its state, by id. */
    public List<BodyRegistration> bodyRegistrations() {
        return bodies.findAll(BY_ID);
    }

    public Optional<BodyRegistration> bodyRegistration(String id) {
        return id == null || id.isBlank() ? Optional.empty() : bodies.findById(id);
    }

    @Override
    public Optional<Entry> agency(String agencyId) {
        return registration(agencyId).map(a -> new Entry(a.getId(), a.agency().parentId(), a.isActive()));
    }

    @Override
    public Optional<Entry> body(String bodyId) {
        return bodyRegistration(bodyId).map(b -> new Entry(b.getId(), null, b.isActive()));
    }
}

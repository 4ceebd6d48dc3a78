package tw.uplift.plan.organisations;

import java.time.Clock;
import java.util.function.UnaryOperator;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * The administrator's use cases (機關管理): register an agency or a supervising body, change one, retire one. Only
 * ADMIN writes; anyone signed in reads through {@link AgencyDirectory}.
 *
 * <p>The rules read the other organisations when a change is made; two administrators moving two agencies under
 * each other at the same moment could still close a circle, which {@link AgencyDirectory#ancestors} survives.
 */
@Service
public class OrganisationAdministration {

    private final AggregateStore store;
    private final AgencyDirectory directory;
    private final Clock clock;

    public OrganisationAdministration(AggregateStore store, AgencyDirectory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    /** @throws RuleViolationException {@code agency-exists} when the id is taken */
    public AgencyRegistration registerAgency(CurrentUser user, String id, AgencyDetails details) {
        requireAdmin(user);
        if (directory.registration(id).isPresent()) {
            throw agencyExists(id);
        }
        try {
            return store.save(AgencyRegistration.register(id, details, directory, clock.instant()));
        } catch (DuplicateKeyException registeredMeanwhile) {
            throw agencyExists(id);
        }
    }

    /**
     * Changes an agency: {@code edit} gets its current details and gives the new ones (so a caller that leaves the
     * active flag out keeps it). Loaded, checked and saved in one step; retried on a concurrent change.
     */
    public AgencyRegistration changeAgency(CurrentUser user, String id, UnaryOperator<AgencyDetails> edit) {
        requireAdmin(user);
        return store.update(id, AgencyRegistration.class, agency -> {
            agency.change(edit.apply(agency.details()), directory, clock.instant());
            return agency;
        }).orElseThrow(() -> new NotFoundException("agency", id));
    }

    /** @throws RuleViolationException {@code body-exists} when the id is taken */
    public BodyRegistration registerBody(CurrentUser user, String id, BodyDetails details) {
        requireAdmin(user);
        if (directory.bodyRegistration(id).isPresent()) {
            throw bodyExists(id);
        }
        try {
            return store.save(BodyRegistration.register(id, details, directory, clock.instant()));
        } catch (DuplicateKeyException registeredMeanwhile) {
            throw bodyExists(id);
        }
    }

    public BodyRegistration changeBody(CurrentUser user, String id, UnaryOperator<BodyDetails> edit) {
        requireAdmin(user);
        return store.update(id, BodyRegistration.class, body -> {
            body.change(edit.apply(body.details()), directory, clock.instant());
            return body;
        }).orElseThrow(() -> new NotFoundException("supervising body", id));
    }

    /** Whether the pages offer this viewer the changes; {@link #requireAdmin} is the rule. */
    public static boolean mayChange(CurrentUser user) {
        return user != null && user.has(Role.ADMIN);
    }

    private static void requireAdmin(CurrentUser user) {
        user.requireAny(Role.ADMIN);
    }

    private static RuleViolationException agencyExists(String id) {
        return new RuleViolationException("agency-exists", "id", "an agency with the id " + id + " is registered");
    }

    private static RuleViolationException bodyExists(String id) {
        return new RuleViolationException("body-exists", "id", "a supervising body with the id " + id + " is registered");
    }
}

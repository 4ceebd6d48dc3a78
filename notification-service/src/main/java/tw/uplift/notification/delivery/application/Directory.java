package tw.uplift.notification.delivery.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.contracts.plan.SupervisingBodyChanged;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.delivery.DirectoryRole;
import tw.uplift.notification.delivery.Person;
import tw.uplift.notification.delivery.persistence.DirectoryStore;
import tw.uplift.notification.delivery.persistence.DirectoryStore.KnownAgency;
import tw.uplift.notification.delivery.persistence.DirectoryStore.KnownBody;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * The recipient directory (收件人名錄): people kept by the admin API, the organisation kept from plan-service's
 * events, and the one reading of an inbox address as the people behind it:
 * <ul>
 * <li>{@code agency:<id>} — the agency's active contacts (承辦/聯絡人); only its unit's, when the notice names a
 * unit that has any;</li>
 * <li>{@code agency-head:<id>} — its heads (機關首長);</li>
 * <li>{@code body:<id>} — the body's leads;</li>
 * <li>{@code user:<name>} — that person, if active.</li>
 * </ul>
 *
 * <p>Who may manage whom: an ADMIN anyone; an AGENCY_HEAD the people of their own agency (and only as that
 * agency's people: the agency in the request must be theirs, before and after). Nobody else.
 */
public class Directory {


    private final DirectoryStore store;

    public Directory(DirectoryStore store) {
        this.store = store;
    }

    /**
     * Puts a person (PUT by username: the same request twice leaves the same person).
     *
     * @return whether they were new
     */
    public boolean put(Person person, CurrentUser caller) {
        Optional<Person> before = store.person(person.username());
        requireMayManage(caller, person.agencyId());
        before.ifPresent(existing -> requireMayManage(caller, existing.agencyId()));
        store.save(person);
        return before.isEmpty();
    }

    public Person get(String username, CurrentUser caller) {
        Person p = store.person(username).orElseThrow(() -> new NotFoundException("person", username));
        if (!mayRead(caller, p)) {
            throw new NotFoundException("person", username);
        }
        return p;
    }

    /** The people the caller may see: ADMIN all, an agency user their agency's, a reviewer their body's. */
    public List<Person> list(CurrentUser caller) {
        if (caller.has(Role.ADMIN)) {
            return store.everyone();
        }
        if (caller.isAgencyUser()) {
            return store.peopleOf("agencyId", caller.requireAgency());
        }
        if (caller.has(Role.REVIEWER)) {
            return store.peopleOf("bodyId", caller.requireBody());
        }
        throw new AccessDeniedException("not a directory reader");
    }

    private static boolean mayRead(CurrentUser caller, Person p) {
        return caller.has(Role.ADMIN) || caller.username().equals(p.username())
                || caller.isAgencyUser() && p.agencyId() != null && p.agencyId().equals(caller.agencyId())
                || caller.has(Role.REVIEWER) && p.bodyId() != null && p.bodyId().equals(caller.bodyId());
    }

    private static void requireMayManage(CurrentUser caller, String agencyId) {
        if (caller.has(Role.ADMIN)) {
            return;
        }
        if (caller.has(Role.AGENCY_HEAD) && agencyId != null && agencyId.equals(caller.agencyId())) {
            return;
        }
        throw new AccessDeniedException("only an ADMIN, or an AGENCY_HEAD for their own agency, manages the directory");
    }

    /**
     * The people behind inbox addresses, each once, in the order of the addresses.
     *
     * @param unit the responsible unit (科室) the notice names, or null
     */
    public List<Person> resolve(Collection<String> addresses, String unit) {
        Map<String, Person> people = new LinkedHashMap<>();
        for (String address : addresses) {
            for (Person p : peopleAt(address, unit)) {
                if (p.isActive()) {
                    people.putIfAbsent(p.username(), p);
                }
            }
        }
        return new ArrayList<>(people.values());
    }

    private List<Person> peopleAt(String address, String unit) {
        return Recipients.parse(address).map(a -> switch (a.kind()) {
            case AGENCY_HEAD -> store.withRole("agencyId", a.id(), DirectoryRole.AGENCY_HEAD);
            case AGENCY -> contactsOf(a.id(), unit);
            case BODY -> store.withRole("bodyId", a.id(), DirectoryRole.BODY_LEAD);
            case USER -> store.person(a.id()).stream().toList();
            case WEBHOOK -> List.<Person>of();
        }).orElse(List.of());
    }

    /** An agency's contacts; only its unit's when the notice names a unit that has some. */
    private List<Person> contactsOf(String agencyId, String unit) {
        List<Person> contacts = store.withRole("agencyId", agencyId, DirectoryRole.CONTACT);
        List<Person> ofUnit = unit == null ? List.of() : contacts.stream().filter(p -> unit.equals(p.unit())).toList();
        // a unit nobody in the directory belongs to: the agency's contacts pass it on
        return ofUnit.isEmpty() ? contacts : ofUnit;
    }

    /** The supervising body of an agency, as the organisation events said. */
    public Optional<String> bodyOf(String agencyId) {
        return store.agency(agencyId).map(KnownAgency::bodyId);
    }

    /** An agency's name, or its id when no event named it. */
    public String agencyName(String agencyId) {
        return store.agency(agencyId).map(KnownAgency::name).orElse(agencyId);
    }

    /** Keeps an agency's newest state; an older event (redelivered, reordered) changes nothing. */
    public void agencyChanged(AgencyChanged a) {
        store.keep(new KnownAgency(a.agencyId(), a.name(), a.supervisingBodyId(), a.active(), millis(a.changedAt())));
    }

    public void bodyChanged(SupervisingBodyChanged b) {
        store.keep(new KnownBody(b.bodyId(), b.name(), b.active(), millis(b.changedAt())));
    }

    private static long millis(Instant at) {
        return at == null ? 0 : at.toEpochMilli();
    }
}

package tw.uplift.notification.delivery.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.notification.delivery.DirectoryRole;
import tw.uplift.notification.delivery.Person;
import tw.uplift.notification.delivery.application.Directory;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.security.CurrentUser;

/**
 * The recipient directory (收件人名錄): {@code PUT /api/directory/people/{username}} puts a person (201 when new,
 * 200 when replaced; the same request twice leaves the same person). ADMIN manages anyone; an AGENCY_HEAD the
 * people of their own agency only. Bad input is a problem detail naming each field.
 */
@RestController
@RequestMapping("/api/directory/people")
class DirectoryController {

    private final Directory directory;

    DirectoryController(Directory directory) {
        this.directory = directory;
    }

    /**
     * A person as the API takes them (the username is the path's).
     *
     * @param name     their name
     * @param email    where their mail goes
     * @param agencyId their agency, or null for a body's person
     * @param bodyId   their supervising body, or null for an agency's person
     * @param unit     their unit (科室), or null
     * @param roles    CONTACT, AGENCY_HEAD, REVIEWER, BODY_LEAD
     * @param active   false to stop their notices (default true)
     */
    record PersonInput(String name, String email, String agencyId, String bodyId, String unit, List<String> roles,
            Boolean active) {
    }

    record PersonView(String username, String name, String email, String agencyId, String bodyId, String unit,
            Set<DirectoryRole> roles, boolean active) {

        static PersonView of(Person p) {
            return new PersonView(p.username(), p.name(), p.email(), p.agencyId(), p.bodyId(), p.unit(), p.roles(),
                    p.isActive());
        }
    }

    @GetMapping
    List<PersonView> list(CurrentUser user) {
        return directory.list(user).stream().map(PersonView::of).toList();
    }

    @GetMapping("/{username}")
    PersonView get(@PathVariable String username, CurrentUser user) {
        return PersonView.of(directory.get(username, user));
    }

    @PutMapping("/{username}")
    ResponseEntity<PersonView> put(@PathVariable String username, @RequestBody PersonInput in, CurrentUser user) {
        Person person = Person.of(username, in.name(), in.email(), in.agencyId(), in.bodyId(), in.unit(),
                roles(in.roles()), in.active() == null || in.active());
        boolean created = directory.put(person, user);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(PersonView.of(person));
    }

    private static Set<DirectoryRole> roles(List<String> names) {
        Set<DirectoryRole> roles = EnumSet.noneOf(DirectoryRole.class);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<String> given = names == null ? List.of() : names;
        for (int i = 0; i < given.size(); i++) {
            try {
                roles.add(DirectoryRole.valueOf(String.valueOf(given.get(i))));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidInput.Problem("roles[" + i + "]", "one of " + List.of(DirectoryRole.values())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return roles;
    }
}

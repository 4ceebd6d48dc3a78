package tw.uplift.notification.delivery;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.platform.domain.InvalidInput;

/**
 * One person of the recipient directory (收件人名錄): who they are, where their mail goes, whom they work for
 * (an agency, or a supervising body) and in what roles. Kept by the admin API; an inactive person gets nothing.
 */
@Document("directory_people")
@CompoundIndex(name = "agency", def = "{'agencyId': 1}")
@CompoundIndex(name = "body", def = "{'bodyId': 1}")
public class Person {

    /** Good enough for a form: one @, something on each side, no spaces. SMTP says the rest. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");

    @Id
    private String username;
    private String name;
    private String email;
    private String agencyId;
    private String bodyId;
    private String unit;
    private Set<DirectoryRole> roles = EnumSet.noneOf(DirectoryRole.class);
    private boolean active;

    protected Person() {
    }

    /**
     * A person as the admin API states them, checked field by field.
     *
     * @throws InvalidInput naming every field that is wrong
     */
    public static Person of(String username, String name, String email, String agencyId, String bodyId, String unit,
            Set<DirectoryRole> roles, boolean active) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new InvalidInput.Problem("username", "1–100 letters, digits or . _ @ -"));
        }
        if (blank(name)) {
            problems.add(new InvalidInput.Problem("name", "required"));
        }
        if (blank(email) || !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new InvalidInput.Problem("email", "an e-mail address such as name@example.gov.tw"));
        }
        if (blank(agencyId) == blank(bodyId)) {
            problems.add(new InvalidInput.Problem("agencyId", "exactly one of agencyId and bodyId"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new InvalidInput.Problem("roles", "at least one of " + List.of(DirectoryRole.values())));
        } else if (!blank(bodyId) && (roles.contains(DirectoryRole.CONTACT) || roles.contains(DirectoryRole.AGENCY_HEAD))) {
            problems.add(new InvalidInput.Problem("roles", "CONTACT and AGENCY_HEAD are agency roles"));
        } else if (!blank(agencyId) && roles.contains(DirectoryRole.BODY_LEAD)) {
            problems.add(new InvalidInput.Problem("roles", "BODY_LEAD is a supervising body's role"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Person p = new Person();
        p.username = username;
        p.name = name.strip();
        p.email = email.strip().toLowerCase(Locale.ROOT);
        p.agencyId = blank(agencyId) ? null : agencyId.strip();
        p.bodyId = blank(bodyId) ? null : bodyId.strip();
        p.unit = blank(unit) ? null : unit.strip();
        p.roles = EnumSet.copyOf(roles);
        p.active = active;
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String username() {
        return username;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String agencyId() {
        return agencyId;
    }

    public String bodyId() {
        return bodyId;
    }

    /** The unit (科室) within the agency, or null. */
    public String unit() {
        return unit;
    }

    public Set<DirectoryRole> roles() {
        return roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean has(DirectoryRole role) {
        return roles != null && roles.contains(role);
    }

    public boolean isActive() {
        return active;
    }
}

package tw.uplift.plan.organisations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an administrator sets on an agency: everything but its id. Text is taken stripped and an empty reference as
 * none; {@link #issues()} says what is wrong with it on its own (the rules that need the other organisations are
 * {@link AgencyPlacement}'s).
 *
 * @param name              its name, required
 * @param parentId          the parent agency (上級機關), or null
 * @param supervisingBodyId the body that reviews its plans (督考機關), required
 * @param units             its units (科/課/室/館/所) in the agency's order: each named, no name twice
 * @param active            false to retire it
 */
public record AgencyDetails(String name, String parentId, String supervisingBodyId, List<String> units,
        boolean active) {

    public static final int MAX_NAME = 100;
    public static final int MAX_UNITS = 60;
    public static final int MAX_UNIT_NAME = 50;

    public AgencyDetails {
        name = strippedOrNull(name);
        parentId = strippedOrNull(parentId);
        supervisingBodyId = strippedOrNull(supervisingBodyId);
        units = units == null ? List.of()
                : units.stream().map(u -> u == null ? "" : u.strip()).toList();
    }

    /** What is wrong with these details, in the order of the fields; empty when they may be saved. */
    public List<InputIssue> issues() {
        List<InputIssue> issues = new ArrayList<>();
        if (name == null) {
            issues.add(new InputIssue("name", InputIssue.REQUIRED, "a name is required"));
        } else if (name.length() > MAX_NAME) {
            issues.add(new InputIssue("name", InputIssue.TOO_LONG, "a name has at most " + MAX_NAME + " characters"));
        }
        if (supervisingBodyId == null) {
            issues.add(new InputIssue("supervisingBodyId", InputIssue.REQUIRED,
                    "the supervising body that reviews its plans is required"));
        }
        if (units.size() > MAX_UNITS) {
            issues.add(new InputIssue("units", InputIssue.TOO_MANY, "at most " + MAX_UNITS + " units"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            String field = "units[" + i + "]";
            if (unit.isEmpty()) {
                issues.add(new InputIssue(field, InputIssue.REQUIRED, "a unit needs a name"));
            } else if (unit.length() > MAX_UNIT_NAME) {
                issues.add(new InputIssue(field, InputIssue.TOO_LONG,
                        "a unit's name has at most " + MAX_UNIT_NAME + " characters"));
            } else if (!seen.add(unit)) {
                issues.add(new InputIssue(field, InputIssue.DUPLICATE, "the unit " + unit + " is listed twice"));
            }
        }
        return issues;
    }

    static String strippedOrNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package tw.uplift.plan.organisations;

import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator sets on a supervising body (督考機關): everything but its id.
 *
 * @param name     its name, required
 * @param agencyId the agency it is part of, if it is one of ours, or null
 * @param active   false to retire it
 */
public record BodyDetails(String name, String agencyId, boolean active) {

    public BodyDetails {
        name = AgencyDetails.strippedOrNull(name);
        agencyId = AgencyDetails.strippedOrNull(agencyId);
    }

    public List<InputIssue> issues() {
        List<InputIssue> issues = new ArrayList<>();
        if (name == null) {
            issues.add(new InputIssue("name", InputIssue.REQUIRED, "a name is required"));
        } else if (name.length() > AgencyDetails.MAX_NAME) {
            issues.add(new InputIssue("name", InputIssue.TOO_LONG,
                    "a name has at most " + AgencyDetails.MAX_NAME + " characters"));
        }
        return issues;
    }
}

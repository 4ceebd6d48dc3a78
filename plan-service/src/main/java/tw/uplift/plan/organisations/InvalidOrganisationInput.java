package tw.uplift.plan.organisations;

import java.util.List;
import tw.uplift.platform.domain.InvalidInput;

/**
 * Input for an agency or a body that breaks a check, field by field: the API answers it as any {@link InvalidInput}
 * (400 naming each field); the pages word each {@link InputIssue} in the viewer's language.
 */
public class InvalidOrganisationInput extends InvalidInput {

    private final List<InputIssue> issues;

    public InvalidOrganisationInput(List<InputIssue> issues) {
        super(issues.stream().map(i -> new Problem(i.field(), i.message())).toList());
        this.issues = List.copyOf(issues);
    }

    public List<InputIssue> issues() {
        return issues;
    }

    static void throwIfAny(List<InputIssue> issues) {
        if (!issues.isEmpty()) {
            throw new InvalidOrganisationInput(issues);
        }
    }
}

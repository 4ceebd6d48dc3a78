package tw.uplift.plan.organisations.web;

import java.util.List;
import tw.uplift.platform.pages.PageError;

/**
 * The errors of an organisation form as its fields ask for them ({@code fieldErrors} in the templates): whether a
 * field is in error, and what its {@code aria-describedby} names (its hint and its error message).
 */
public record FieldErrors(List<PageError> errors) {

    public boolean has(String field) {
        return errors.stream().anyMatch(e -> e.field().equals(field));
    }

    /** The ids that describe a field: its hint (when it has one) and its error message (when in error); or null. */
    public String describedBy(String field, boolean hasHint) {
        String anchor = PageError.anchorOf(field);
        String ids = (hasHint ? anchor + "-hint " : "") + (has(field) ? anchor + "-error" : "");
        return ids.isBlank() ? null : ids.strip();
    }
}

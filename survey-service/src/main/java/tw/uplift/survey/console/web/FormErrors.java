package tw.uplift.survey.console.web;

import java.util.List;
import tw.uplift.platform.pages.PageError;

/**
 * The errors of the new-survey form as its fields ask for them ({@code formErrors} in the template): whether a field
 * is in error, its element id, and what its {@code aria-describedby} names (its hint, its error message).
 */
record FormErrors(List<PageError> errors) {

    /** The element id of a field: {@code questions[2].zh} → {@code questions-2-zh} (what the summary links to). */
    public String id(String field) {
        return PageError.anchorOf(field);
    }

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

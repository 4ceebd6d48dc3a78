package tw.uplift.platform.pages;

import java.util.List;

/**
 * The errors of a form as its fields ask for them ({@code formErrors} in the templates): whether a field is in
 * error (for {@code govuk-form-group--error} and {@code govuk-input--error}) and what its {@code aria-describedby}
 * names — its hint and its error message, so a screen reader reads both with the field.
 */
public record FormErrors(List<PageError> errors) {

    public static final FormErrors NONE = new FormErrors(List.of());

    /** The element id of a field: {@code dimensions[0].title} → {@code dimensions-0-title} (what the summary links to). */
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

    public String describedBy(String field) {
        return describedBy(field, false);
    }
}

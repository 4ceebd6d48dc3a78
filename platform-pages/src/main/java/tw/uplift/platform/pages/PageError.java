package tw.uplift.platform.pages;

import java.util.List;
import org.springframework.validation.BindingResult;

/**
 * One problem with what a person typed, for the error summary at the top of a form (each links to its field) and
 * the message beside the field.
 *
 * @param field   the field's name in the form, also its element id (so the summary's link lands on it)
 * @param message what is wrong, in the viewer's language
 */
public record PageError(String field, String message) {

    /** The field errors and global errors of a bound form, in the order the form shows its fields. */
    public static List<PageError> of(BindingResult result) {
        return result.getAllErrors().stream().map(e -> new PageError(
                e instanceof org.springframework.validation.FieldError f ? f.getField() : result.getObjectName(),
                e.getDefaultMessage())).toList();
    }

    /** The id of the element for a field name: {@code measures[2].title} → {@code measures-2-title}. */
    public String anchor() {
        return anchorOf(field);
    }

    public static String anchorOf(String field) {
        return field.replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-+$", "");
    }
}

package tw.uplift.plan.organisations;

/**
 * One thing wrong with what an administrator typed: the field as the API names it ({@code units[2]}), which check
 * failed (so a page can say it in the viewer's language) and the English message the API answers with.
 *
 * @param field   the field, e.g. {@code name} or {@code units[2]}
 * @param code    the check: {@link #REQUIRED}, {@link #NOT_A_SLUG}, {@link #TOO_LONG}, {@link #TOO_MANY},
 *                {@link #DUPLICATE}
 * @param message in English, for the API's problem document
 */
public record InputIssue(String field, String code, String message) {

    public static final String REQUIRED = "required";
    public static final String NOT_A_SLUG = "not-a-slug";
    public static final String TOO_LONG = "too-long";
    public static final String TOO_MANY = "too-many";
    public static final String DUPLICATE = "duplicate";
}

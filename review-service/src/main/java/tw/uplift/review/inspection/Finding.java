package tw.uplift.review.inspection;

import java.time.LocalDate;
import java.util.Objects;
import tw.uplift.platform.domain.InvalidInput;

/**
 * What a routine check found about one sampled measure (查核發現): the verdict, the reviewer's reason, and for a
 * corrective action what must be corrected and by when.
 *
 * @param measureId        the measure
 * @param verdict          release, keep tracked, or corrective action
 * @param reason           why, in the reviewer's words (always required: a release or a keep is never silent)
 * @param correctiveAction what the agency must correct (應改善事項), for {@link FindingVerdict#CORRECTIVE_ACTION} only
 * @param actionDueDate    by when (Asia/Taipei), for a corrective action only
 */
public record Finding(String measureId, FindingVerdict verdict, String reason, String correctiveAction,
        LocalDate actionDueDate) {

    /** The longest reason or corrective action a reviewer may write. */
    public static final int MAX_TEXT = 1000;

    public Finding {
        Objects.requireNonNull(measureId, "measureId");
    }

    /**
     * Checks the finding is complete for {@code today}; {@code field} names the form field it came from, e.g.
     * {@code findings[m-1]}, so the error points at it.
     *
     * @throws InvalidInput naming {@code field + ".verdict"}, {@code ".reason"}, {@code ".correctiveAction"} or
     *         {@code ".actionDueDate"}
     */
    public Finding validated(String field, LocalDate today) {
        if (verdict == null) {
            throw InvalidInput.of(field + ".verdict", "choose release, keep tracked or corrective action for "
                    + measureId);
        }
        String why = text(field + ".reason", reason, "a reason is required for " + measureId);
        if (verdict != FindingVerdict.CORRECTIVE_ACTION) {
            return new Finding(measureId, verdict, why, null, null);
        }
        String action = text(field + ".correctiveAction", correctiveAction,
                "say what must be corrected for " + measureId);
        if (actionDueDate == null || actionDueDate.isBefore(today)) {
            throw InvalidInput.of(field + ".actionDueDate", "a corrective action needs a due date from today on");
        }
        return new Finding(measureId, verdict, why, action, actionDueDate);
    }

    private static String text(String field, String value, String missing) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw InvalidInput.of(field, missing);
        }
        if (stripped.length() > MAX_TEXT) {
            throw InvalidInput.of(field, "at most " + MAX_TEXT + " characters");
        }
        return stripped;
    }
}

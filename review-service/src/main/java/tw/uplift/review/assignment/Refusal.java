package tw.uplift.review.assignment;

/**
 * Why a reviewer may not take a review, each checked once by {@link AssignmentRule}, in this order. The codes are
 * what the API and the pages show (and look up their words by).
 */
public enum Refusal {
    /** Nobody of that id is in the pool. */
    UNKNOWN_REVIEWER("unknown-reviewer"),
    /** They take no reviews at present. */
    INACTIVE("inactive"),
    /** They review for another supervising body. */
    OTHER_BODY("other-body"),
    /** They work in the agency under review or in an agency above it (利益迴避). */
    CONFLICT_OF_INTEREST("conflict-of-interest"),
    /** Their share of the work (分工) does not include this agency. */
    NOT_COVERING("not-covering"),
    /** They are away on the day. */
    AWAY("away");

    private final String code;

    Refusal(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

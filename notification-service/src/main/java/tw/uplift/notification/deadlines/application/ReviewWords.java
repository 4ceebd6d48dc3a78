package tw.uplift.notification.deadlines.application;

import tw.uplift.contracts.review.ReviewTaskKind;

/** The words offices use for each kind of review task. */
public final class ReviewWords {

    private ReviewWords() {
    }

    public static String of(ReviewTaskKind kind) {
        if (kind == null) {
            return "審查";
        }
        return switch (kind) {
            case PLAN_APPROVAL -> "計畫審查";
            case ROUTINE_CHECK -> "平時查核";
            case ANNUAL_REVIEW -> "年度查核";
            case FOLLOW_UP -> "追蹤改善";
        };
    }
}

package tw.uplift.notification.deadlines;

import tw.uplift.contracts.review.ReviewTaskKind;

/** What this service knows of review tasks (審查任務): the words offices use for each kind, and the plan one is about. */
public final class ReviewTasks {

    private ReviewTasks() {
    }

    /** 計畫審查, 平時查核, 年度查核, 追蹤改善, 改善事項查證; plain 審查 when the kind is not known. */
    public static String wordsFor(ReviewTaskKind kind) {
        if (kind == null) {
            return "審查";
        }
        return switch (kind) {
            case PLAN_APPROVAL -> "計畫審查";
            case ROUTINE_CHECK -> "平時查核";
            case ANNUAL_REVIEW -> "年度查核";
            case FOLLOW_UP -> "追蹤改善";
            case CORRECTIVE_ACTION_VERIFICATION -> "改善事項查證";
        };
    }

    /**
     * The plan a task is about: the subject of a plan approval, a routine check or an annual review; other tasks are
     * about something else (a survey, a corrective action, an overdue item).
     */
    public static String planOf(ReviewTaskKind kind, String subjectId) {
        return kind == ReviewTaskKind.PLAN_APPROVAL || kind == ReviewTaskKind.ROUTINE_CHECK
                || kind == ReviewTaskKind.ANNUAL_REVIEW ? subjectId : null;
    }
}

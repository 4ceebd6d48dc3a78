package tw.uplift.notification.deadlines;

import tw.uplift.contracts.review.ReviewTaskKind;

/** What this service knows of review tasks (審查任務): the words offices use for each kind, and the plan one is about. */
public final class ReviewTasks {

    private ReviewTasks() {
    }

    /** 計畫審查, 平時查核, 年度查核, 追蹤改善; plain 審查 when the kind is not known. */
    public static String wordsFor(ReviewTaskKind kind) {
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

    /** The plan a task is about: the subject of a plan approval; other tasks are about something else (or unknown). */
    public static String planOf(ReviewTaskKind kind, String subjectId) {
        return kind == ReviewTaskKind.PLAN_APPROVAL ? subjectId : null;
    }
}

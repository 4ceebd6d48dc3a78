package tw.uplift.notification.deadlines;

import java.util.Objects;
import tw.uplift.contracts.deadline.TrackedItemKind;

/**
 * The item an obligation is about.
 *
 * @param kind   a measure (推行作法), a progress report (執行成果填報), a review task (審查任務), a corrective
 *               action (改善事項) or a survey's close date (滿意度調查截止)
 * @param itemId the measure (also for its progress reports), the review task, the corrective action or the survey
 * @param planId the plan, or null (a review task or a corrective action not about a plan)
 */
public record TrackedItem(TrackedItemKind kind, String itemId, String planId) {

    public TrackedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(itemId, "itemId");
    }

    /** A dated measure: done by its 完成期限. */
    public static TrackedItem measure(String planId, String measureId) {
        return new TrackedItem(TrackedItemKind.MEASURE, measureId, Objects.requireNonNull(planId, "planId"));
    }

    /** The progress reports of a continuous measure (持續辦理), one per reporting period. */
    public static TrackedItem progressReports(String planId, String measureId) {
        return new TrackedItem(TrackedItemKind.PROGRESS_REPORT, measureId, Objects.requireNonNull(planId, "planId"));
    }

    /** A review task, finished by its due date; {@code planId} may be null. */
    public static TrackedItem reviewTask(String taskId, String planId) {
        return new TrackedItem(TrackedItemKind.REVIEW_TASK, taskId, planId);
    }

    /** A satisfaction survey's close date (滿意度調查截止); {@code planId} (the linked plan) may be null. */
    public static TrackedItem surveyClose(String surveyId, String planId) {
        return new TrackedItem(TrackedItemKind.SURVEY_CLOSE, surveyId, planId);
    }

    /** A corrective action (改善事項), answered by its 改善期限; {@code planId} may be null. */
    public static TrackedItem correctiveAction(String actionId, String planId) {
        return new TrackedItem(TrackedItemKind.CORRECTIVE_ACTION, actionId, planId);
    }
}

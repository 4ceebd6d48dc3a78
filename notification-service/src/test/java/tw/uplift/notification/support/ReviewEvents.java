package tw.uplift.notification.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.review.ReviewTaskCompleted;
import tw.uplift.contracts.review.ReviewTaskKind;

/**
 * Review events as review-service publishes them, built by what they say: a plan's approval task, and a corrective
 * action a routine check raised.
 */
public final class ReviewEvents {

    public static final String AGENCY = PlanEvents.AGENCY;
    public static final String BODY = PlanEvents.BODY;

    private ReviewEvents() {
    }

    /** The plan's approval task (計畫審查) assigned to a reviewer, due on a date. */
    public static ReviewTaskAssigned planApprovalAssigned(String taskId, String planId, String reviewer, LocalDate due) {
        return new ReviewTaskAssigned(taskId, ReviewTaskKind.PLAN_APPROVAL, planId, "提升服務執行計畫", AGENCY,
                "高雄市政府民政局", BODY, reviewer, "審查委員", due, Instant.now());
    }

    public static ReviewTaskCompleted planApprovalCompleted(String taskId, String planId, String reviewer) {
        return new ReviewTaskCompleted(taskId, ReviewTaskKind.PLAN_APPROVAL, planId, AGENCY, reviewer, "APPROVED",
                Instant.now());
    }

    public static PlanReviewDecided planApproved(String taskId, String planId, String reviewer) {
        return new PlanReviewDecided(planId, taskId, AGENCY, 1, ReviewDecision.APPROVED, reviewer, List.of(),
                Instant.now());
    }

    public static PlanReviewDecided planReturned(String taskId, String planId, String reviewer, String comment) {
        return new PlanReviewDecided(planId, taskId, AGENCY, 1, ReviewDecision.RETURNED, reviewer,
                List.of(new ItemComment("1", comment)), Instant.now());
    }

    /** A routine check's finding on measure m-1 that the agency must correct by a date (改善事項). */
    public static CorrectiveActionRequired correctiveActionRequired(String actionId, String planId, LocalDate due) {
        return new CorrectiveActionRequired(actionId, "check-1", AGENCY, planId, "線上申辦服務未提供英文版說明",
                due, Instant.now(), "m-1", BODY);
    }

    /** The agency's answer (改善情形回復). */
    public static CorrectiveActionResponded correctiveActionResponded(String actionId, String planId) {
        return new CorrectiveActionResponded(actionId, AGENCY, planId, "已於網站增設英文版申辦說明", "clerk",
                Instant.now());
    }

    /** A routine check's verdict on a measure (解除列管 / 持續列管). */
    public static MeasureTrackingDecided trackingDecided(String checkId, String planId, String measureId,
            TrackingVerdict verdict) {
        return new MeasureTrackingDecided(checkId, planId, AGENCY, measureId, verdict, "已依計畫完成並附佐證", "reviewer",
                Instant.now(), null, null, null);
    }
}

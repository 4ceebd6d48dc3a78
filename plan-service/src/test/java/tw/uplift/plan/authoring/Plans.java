package tw.uplift.plan.authoring;

import java.time.Instant;
import java.util.List;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.platform.events.EventPosition;

/** Plans, agencies and decisions for tests, with domain names instead of positional nulls. */
public final class Plans {

    public static final Instant NOW = Instant.parse("2026-03-06T02:00:00Z");
    public static final Agency CIVIL_AFFAIRS = new Agency("kcg-civil-affairs", "高雄市政府民政局", null, "kcg-rdec", List.of("宗教禮俗科", "戶籍行政科"));
    public static final String PUBLIC_URL = "https://uplift.example/public/plans/";
    /** The measure due 3月31日 in the demo plan. */
    public static final String SOP_MEASURE = "m-sop";
    /** The continuous (持續辦理) measure in the demo plan. */
    public static final String CONTINUOUS_MEASURE = "m-continuous";

    private Plans() {
    }

    /** A draft of 民政局's 115 plan: one dimension, one focus area, a dated and a continuous measure. */
    public static Plan draft(String planId) {
        return Plan.draft(planId, CIVIL_AFFAIRS.id(), 115, text("高雄市政府民政局115年度提升服務執行計畫",
                PlanContent.build(115, List.of(new PlanContent.DimensionDraft("一", "完備基礎服務項目",
                        List.of(new PlanContent.FocusAreaDraft("(一)", "建立業務標準作業流程", List.of(
                                new PlanContent.MeasureDraft(SOP_MEASURE, "1", "訂定標準作業流程(SOP)", null,
                                        List.of("戶籍行政科"), "3月31日前", null),
                                new PlanContent.MeasureDraft(CONTINUOUS_MEASURE, "2", "檢覈服務行為友善性", null,
                                        List.of("秘書室"), "持續辦理", null)))))))),
                "clerk", NOW);
    }

    /** A text with a title and a table and no header. */
    public static PlanText text(String title, List<Dimension> dimensions) {
        return new PlanText(title, null, PlanHeader.EMPTY, dimensions);
    }

    /** The same plan, submitted once (revision 1). */
    public static Plan submitted(String planId) {
        Plan plan = draft(planId);
        plan.submit(CIVIL_AFFAIRS, "clerk", NOW);
        return plan;
    }

    /** The same plan, approved and published. */
    public static Plan published(String planId) {
        Plan plan = submitted(planId);
        plan.applyDecision(approval(planId, 1), fromTask("task-1", 1), PUBLIC_URL + planId, NOW);
        return plan;
    }

    public static PlanReviewDecided approval(String planId, int revision) {
        return new PlanReviewDecided(planId, "task-" + revision, CIVIL_AFFAIRS.id(), revision, ReviewDecision.APPROVED,
                "reviewer", List.of(), NOW);
    }

    public static PlanReviewDecided returned(String planId, int revision, String comment) {
        return new PlanReviewDecided(planId, "task-" + revision, CIVIL_AFFAIRS.id(), revision, ReviewDecision.RETURNED,
                "reviewer", List.of(new ItemComment("plan", comment)), NOW);
    }

    /** Where an event of review task {@code taskId} stands among that task's events. */
    public static EventPosition fromTask(String taskId, long sequence) {
        return new EventPosition("/uplift/review-service", taskId, sequence);
    }

    /** Where an event of deadline {@code deadlineId} stands among that deadline's events. */
    public static EventPosition fromDeadline(String deadlineId, long sequence) {
        return new EventPosition("/uplift/notification-service", deadlineId, sequence);
    }
}

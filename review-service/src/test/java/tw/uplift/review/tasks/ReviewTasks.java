package tw.uplift.review.tasks;

import java.time.Instant;
import java.time.LocalDate;

/** Review tasks for tests, with domain names instead of positional nulls. */
final class ReviewTasks {

    static final Instant NOW = Instant.parse("2026-03-06T02:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 3, 13);
    static final AgencyUnderReview CIVIL_AFFAIRS =
            new AgencyUnderReview("kcg-civil-affairs", "高雄市政府民政局", null, "kcg-rdec");

    private ReviewTasks() {
    }

    /** An open plan-approval task for revision 2 of {@code plan-1}, nobody assigned yet. */
    static ReviewTask planApproval(String taskId) {
        return ReviewTask.planApproval(taskId, new PlanRevision("plan-1", 2, "高雄市政府民政局115年度提升服務執行計畫"),
                CIVIL_AFFAIRS, DUE, NOW);
    }

    /** The same, assigned to {@code reviewer}. */
    static ReviewTask assignedPlanApproval(String taskId) {
        ReviewTask task = planApproval(taskId);
        task.assignTo("reviewer", "王審查", NOW);
        return task;
    }

    /** A follow-up after low survey results, nobody assigned yet. */
    static ReviewTask followUp(String taskId) {
        return ReviewTask.followUp(taskId, "survey-1", CIVIL_AFFAIRS, "low satisfaction", DUE.plusDays(7), NOW);
    }
}

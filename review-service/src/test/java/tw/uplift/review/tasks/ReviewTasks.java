package tw.uplift.review.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MappingMongoConverter;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.NoOpDbRefResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import tw.uplift.contracts.plan.PlanContentSnapshot;

/** Review tasks for tests, with domain names instead of positional nulls. */
final class ReviewTasks {

    static final Instant NOW = Instant.parse("2026-03-06T02:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 3, 13);
    static final AgencyUnderReview CIVIL_AFFAIRS =
            new AgencyUnderReview("kcg-civil-affairs", "高雄市政府民政局", null, "kcg-rdec");
    /** What revision 2 of {@code plan-1} says: one dimension, one focus area, a dated and a continuous measure. */
    static final PlanContentSnapshot SUBMITTED_CONTENT = new PlanContentSnapshot(List.of(
            new PlanContentSnapshot.Dimension("一", "完備基礎服務項目", List.of(
                    new PlanContentSnapshot.FocusArea("(一)", "建立業務標準作業流程", List.of(
                            new PlanContentSnapshot.Measure("m-sop", "1", "訂定標準作業流程(SOP)", "訂定申辦案件SOP",
                                    List.of("戶籍行政科"), "3月31日前", LocalDate.of(2026, 3, 31), null,
                                    "申辦流程一致"),
                            new PlanContentSnapshot.Measure("m-continuous", "2", "檢覈服務行為友善性", null,
                                    List.of("秘書室"), "持續辦理", null, "QUARTERLY", null)))))));

    private ReviewTasks() {
    }

    /** An open plan-approval task for revision 2 of {@code plan-1}, as submitted, nobody assigned yet. */
    static ReviewTask planApproval(String taskId) {
        return planApproval(taskId, DUE, NOW);
    }

    /** The same, due on another day and opened at another time. */
    static ReviewTask planApproval(String taskId, LocalDate due, Instant openedAt) {
        return ReviewTask.planApproval(taskId, new PlanRevision("plan-1", 115, 2, "高雄市政府民政局115年度提升服務執行計畫",
                SUBMITTED_CONTENT), CIVIL_AFFAIRS, due, openedAt);
    }

    /** A plan-approval task opened from a submission that did not carry its content (an older event). */
    static ReviewTask planApprovalWithoutContent(String taskId) {
        return ReviewTask.planApproval(taskId, new PlanRevision("plan-1", 115, 2, "高雄市政府民政局115年度提升服務執行計畫",
                null), CIVIL_AFFAIRS, DUE, NOW);
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

    /**
     * A task as the store gives back a document that has no due date (written before due dates were kept, or by
     * hand): read through the same mapping the service uses.
     */
    static ReviewTask storedWithoutDueDate(ReviewTask task) {
        MongoCustomConversions conversions = new MongoCustomConversions(List.of());
        MongoMappingContext mapping = new MongoMappingContext();
        mapping.setSimpleTypeHolder(conversions.getSimpleTypeHolder());
        mapping.afterPropertiesSet();
        MappingMongoConverter converter = new MappingMongoConverter(NoOpDbRefResolver.INSTANCE, mapping);
        converter.setCustomConversions(conversions);
        converter.afterPropertiesSet();
        Document stored = new Document();
        converter.write(task, stored);
        stored.remove("dueDate");
        return converter.read(ReviewTask.class, stored);
    }
}

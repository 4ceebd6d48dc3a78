package tw.uplift.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;

/**
 * Plans of the demo clerk's agency going to review: written and handed to the head by the clerk, then submitted (送審)
 * by the head, which writes {@code PlanSubmitted} to plan-service's outbox. Its effects downstream, counted per plan:
 * review-service's plan-approval task ({@code ReviewTaskAssigned}) and notification-service's inbox item for the
 * reviewer about that task. Each must exist exactly once.
 */
final class PlanSubmissions {

    private static final String PLAN = """
            {"rocYear": 116, "title": "故障演練計畫 %s",
             "dimensions": [{"code": "一", "title": "完備基礎服務項目", "focusAreas": [{"code": "(一)",
               "title": "建立標準作業流程", "measures": [
                 {"code": "1", "title": "訂定標準作業流程(SOP)", "units": ["戶籍行政科"], "deadline": "12月15日前"}]}]}]}
            """;

    /** What one plan caused downstream. */
    record Effects(int tasks, int inboxItems) {
    }

    private final Caller clerk;
    private final Caller head;
    private int made;

    PlanSubmissions(LocalSystem system) {
        String plans = system.serviceUrl(ServiceSpec.PLAN);
        this.clerk = new Caller(plans, system.tokenFor("clerk"));
        this.head = new Caller(plans, system.tokenFor("head"));
    }

    /** Plans waiting for the head's submission. */
    List<String> awaitingHead(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = clerk.post("/api/plans", PLAN.formatted(System.nanoTime() + "-" + (++made))).expect(201).body()
                    .path("id").asString();
            clerk.post("/api/plans/" + id + "/submit", null).expect(200);
            ids.add(id);
        }
        return ids;
    }

    /** The head's submission; the reply as it came (a fault may refuse it). */
    Caller.Reply submit(String planId) {
        return head.post("/api/plans/" + planId + "/submit", null);
    }

    /** The plan's status in plan-service, as its owner reads it. */
    String status(String planId) {
        return clerk.get("/api/plans/" + planId).expect(200).body().path("status").asString();
    }

    /** Per plan: its review tasks and the inbox items about them, read from the services' stores. */
    static Map<String, Effects> effects(MongoClient mongo, Collection<String> planIds) {
        Map<String, List<String>> tasksByPlan = new HashMap<>();
        for (Document task : mongo.getDatabase(ServiceSpec.REVIEW.database()).getCollection("review_tasks")
                .find(Filters.in("subjectId", planIds)).projection(new Document("subjectId", 1))) {
            tasksByPlan.computeIfAbsent(task.getString("subjectId"), p -> new ArrayList<>()).add(task.get("_id").toString());
        }
        List<String> taskIds = tasksByPlan.values().stream().flatMap(List::stream).toList();
        Map<String, Integer> itemsByTask = new HashMap<>();
        for (Document item : mongo.getDatabase(ServiceSpec.NOTIFICATION.database()).getCollection("inbox")
                .find(Filters.and(Filters.eq("kind", "REVIEW_TASK_ASSIGNED"), Filters.in("links.taskId", taskIds)))
                .projection(new Document("links", 1))) {
            itemsByTask.merge(item.get("links", Document.class).getString("taskId"), 1, Integer::sum);
        }
        Map<String, Effects> effects = new HashMap<>();
        for (String plan : planIds) {
            List<String> tasks = tasksByPlan.getOrDefault(plan, List.of());
            int items = tasks.stream().mapToInt(t -> itemsByTask.getOrDefault(t, 0)).sum();
            effects.put(plan, new Effects(tasks.size(), items));
        }
        return effects;
    }

    /** Plans whose effects are all there, once each. */
    static long complete(Map<String, Effects> effects) {
        return effects.values().stream().filter(e -> e.tasks() == 1 && e.inboxItems() == 1).count();
    }

    /** Plans with some effect missing. */
    static long missing(Map<String, Effects> effects) {
        return effects.values().stream().filter(e -> e.tasks() == 0 || e.inboxItems() == 0).count();
    }

    /** Effects beyond one per plan (a second task, a second inbox item). */
    static long doubled(Map<String, Effects> effects) {
        return effects.values().stream().mapToLong(e -> Math.max(0, e.tasks() - 1) + Math.max(0, e.inboxItems() - 1))
                .sum();
    }
}

package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.launcher.DemoDirectory;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;
import tw.uplift.launcher.TraceCollector;

/**
 * The thin core flow (SPEC §2 steps 1–4) against the system as {@code ./uplift run} starts it: the four services as
 * separate processes, a real Kafka broker, MongoDB over the wire, tokens signed by the real issuer. Only HTTP goes
 * in; what comes out is checked over HTTP and, for "exactly once", on the topics themselves.
 */
class CoreFlowIT {

    private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static LocalSystem system;

    @BeforeAll
    static void useTheRunningSystem() {
        system = RunningSystem.get();
    }

    @Test
    void planIsSubmittedAssignedApprovedAndItsDeadlinesAreChased() {
        Api clerk = api(ServiceSpec.PLAN, "clerk");
        Api otherAgency = api(ServiceSpec.PLAN, "clerk2");
        Api reviewerTasks = api(ServiceSpec.REVIEW, "reviewer");
        Api sameAgencyReviewerTasks = api(ServiceSpec.REVIEW, "reviewer2");
        Api clerkInbox = api(ServiceSpec.NOTIFICATION, "clerk");
        Api reviewerInbox = api(ServiceSpec.NOTIFICATION, "reviewer");

        // Dates from today in Taipei, so the flow holds whenever it runs: one measure due in 20 days, one in 90.
        LocalDate today = LocalDate.now(TAIPEI);
        LocalDate soon = today.plusDays(20);
        LocalDate later = today.plusDays(90);

        // 1. The clerk writes a plan with two dated measures and submits it.
        JsonNode plan = clerk.post("/api/plans", planWith(soon, later)).expect(201).body();
        String planId = plan.get("id").asString();
        JsonNode measures = plan.at("/dimensions/0/focusAreas/0/measures");
        String soonMeasure = measures.get(0).get("id").asString();
        String laterMeasure = measures.get(1).get("id").asString();
        assertThat(measures.get(0).get("dueDate").asString()).isEqualTo(soon.toString());
        assertThat(otherAgency.get("/api/plans/" + planId).status()).as("another agency's plan does not exist for them").isEqualTo(404);
        // The clerk's browser sends a trace context: the events the submission causes, in every service, carry it on.
        String traceId = UUID.randomUUID().toString().replace("-", "");
        // The clerk asks, the agency head confirms (送審): only then does the plan leave the agency.
        assertThat(clerk.post("/api/plans/" + planId + "/submit", null).expect(200).body().get("status").asString())
                .isEqualTo("AWAITING_HEAD");
        Api head = api(ServiceSpec.PLAN, "head");
        assertThat(head.post("/api/plans/" + planId + "/submit", null,
                Map.of("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")).expect(200).body().get("status").asString())
                .isEqualTo("SUBMITTED");

        // 2. review-service opens a plan-approval task for a reviewer of the supervising body, never reviewer2
        //    (who works at the clerk's agency), and the reviewer's inbox shows the assignment.
        JsonNode task = await("a review task for " + planId, () -> items(reviewerTasks.get("/api/review-tasks")
                .expect(200).body()).filter(t -> planId.equals(t.get("subjectId").asString())).findFirst().orElse(null));
        String taskId = task.get("id").asString();
        assertThat(task.get("assigneeId").asString()).isEqualTo("reviewer");
        assertThat(task.get("status").asString()).isEqualTo("OPEN");
        assertThat(items(sameAgencyReviewerTasks.get("/api/review-tasks").expect(200).body())
                .noneMatch(t -> planId.equals(t.get("subjectId").asString()))).isTrue();
        JsonNode assignment = await("the assignment in the reviewer's inbox",
                () -> inboxItem(reviewerInbox, "REVIEW_TASK_ASSIGNED", "taskId", taskId));
        assertThat(assignment.get("body").asString()).as("names the agency and the plan for the reviewer")
                .contains("受審機關 高雄市政府民政局", "提升服務執行計畫");
        assertThat(task.get("subjectTitle").asString()).isEqualTo(plan.get("title").asString());

        // 3. The reviewer approves; plan-service publishes the plan, also on its public page.
        reviewerTasks.post("/api/review-tasks/" + taskId + "/decision", """
                {"decision": "APPROVED", "comments": []}""").expect(200);
        await("the plan published",
                () -> "PUBLISHED".equals(clerk.get("/api/plans/" + planId).body().get("status").asString()) ? true : null);
        assertThat(new Api(system.serviceUrl(ServiceSpec.PLAN), null).get("/public/plans/" + planId).expect(200).body()
                .get("title").asString()).contains("提升服務執行計畫");
        await("the approval in the agency's inbox", () -> inboxItem(clerkInbox, "PLAN_APPROVED", "planId", planId));

        // 4. notification-service tracks both measures' deadlines.
        JsonNode deadlines = await("both measures tracked", () -> {
            JsonNode found = clerkInbox.get("/api/deadlines?planId=" + planId).expect(200).body();
            return items(found).filter(d -> "MEASURE".equals(d.get("kind").asString())).count() == 2 ? found : null;
        });
        JsonNode soonDeadline = items(deadlines).filter(d -> soonMeasure.equals(d.get("itemId").asString()))
                .findFirst().orElseThrow();
        assertThat(soonDeadline.get("dueDate").asString()).isEqualTo(soon.toString());
        String soonDeadlineId = soonDeadline.get("id").asString();

        // 5. Five days before the first due date the 7-day reminder has gone out, and nothing for the later one.
        moveEveryClockTo(soon.minusDays(5));
        await("the reminder in the agency's inbox", () -> inboxItem(clerkInbox, "DEADLINE_APPROACHING", "measureId", soonMeasure));

        // 6. The day after it, the measure is overdue: notice in the inbox, and plan-service marks the measure.
        moveEveryClockTo(soon.plusDays(1));
        await("the overdue notice in the agency's inbox", () -> inboxItem(clerkInbox, "ITEM_OVERDUE", "measureId", soonMeasure));
        // ... and as an e-mail to the agency's contact (the demo directory's clerk), caught by the local run's mail
        // sink: in 繁體中文 (her language by default), with a link to the item's page, which opens for her.
        MailSinkReader mailSink = new MailSinkReader(system.mailSink());
        String clerkAddress = "clerk@" + DemoDirectory.DOMAIN;
        MailSinkReader.Mail overdueMail = await("the overdue notice in the clerk's mailbox", () -> mailSink
                .mailTo(clerkAddress).stream().filter(m -> m.subject().startsWith("逾期通知")
                        && m.mentions("/deadlines/" + soonDeadlineId)).findFirst().orElse(null));
        assertThat(overdueMail.subject()).contains("訂定標準作業流程");
        assertThat(overdueMail.texts()).as("plain text and HTML").hasSize(2)
                .allSatisfy(text -> assertThat(text).contains(system.gatewayUrl() + "/deadlines/" + soonDeadlineId));
        Api.Reply itemPage = api(ServiceSpec.NOTIFICATION, "clerk").get("/deadlines/" + soonDeadlineId);
        assertThat(itemPage.status()).as("the mailed link's page").isEqualTo(200);
        assertThat(itemPage.raw()).contains("逾期通知");
        await("the measure marked overdue in the plan", () -> clerk.get("/api/plans/" + planId).body()
                .at("/dimensions/0/focusAreas/0/measures/0/overdueSince").isNull() ? null : true);
        assertThat(clerk.get("/api/plans/" + planId).body().at("/dimensions/0/focusAreas/0/measures/1/overdueSince").isNull())
                .as("the later measure is not overdue").isTrue();

        // Exactly once: let the scheduler tick a few more times, then count what went over the topics.
        sleep(Duration.ofSeconds(12));
        String kafka = system.kafkaBootstrapServers();
        List<EventLog.Event> planEvents = ofPlan(EventLog.readAll(kafka, Topic.PLAN), planId);
        assertThat(planEvents).filteredOn(e -> e.is(PlanSubmitted.class)).hasSize(1);
        assertThat(planEvents).filteredOn(e -> e.is(PlanApproved.class)).hasSize(1);
        assertThat(planEvents).filteredOn(e -> e.is(PlanSubmitted.class)).singleElement()
                .extracting(EventLog.Event::traceId).as("PlanSubmitted carries the request's trace").isEqualTo(traceId);
        List<EventLog.Event> reviewEvents = ofPlan(EventLog.readAll(kafka, Topic.REVIEW), planId);
        assertThat(reviewEvents).filteredOn(e -> e.is(ReviewTaskAssigned.class)).singleElement()
                .extracting(EventLog.Event::traceId).as("review-service continued the trace from the record")
                .isEqualTo(traceId);
        assertThat(reviewEvents).filteredOn(e -> e.is(PlanReviewDecided.class)).hasSize(1);
        List<EventLog.Event> deadlineEvents = EventLog.readAll(kafka, Topic.DEADLINE);
        assertThat(deadlineEvents).filteredOn(e -> e.is(DeadlineApproaching.class) && ofItem(e, soonMeasure))
                .singleElement().satisfies(e -> assertThat(e.data().get("daysLeft").asInt()).isEqualTo(7));
        assertThat(deadlineEvents).filteredOn(e -> e.is(ItemOverdue.class) && ofItem(e, soonMeasure)).hasSize(1);
        assertThat(mailSink.mailTo(clerkAddress)).as("each notice mailed once")
                .filteredOn(m -> m.mentions("/deadlines/" + soonDeadlineId)).extracting(MailSinkReader.Mail::subject)
                .filteredOn(subject -> subject.startsWith("逾期通知")).hasSize(1);
        assertThat(deadlineEvents).filteredOn(e -> ofItem(e, laterMeasure)).isEmpty();
        assertThat(items(clerkInbox.get("/api/inbox").body())
                .filter(i -> soonMeasure.equals(i.at("/links/measureId").asString()))
                .map(i -> i.get("kind").asString()).toList())
                .containsExactlyInAnyOrder("DEADLINE_APPROACHING", "ITEM_OVERDUE");
    }

    @Test
    void aReturnedPlanComesBackToTheAgencyWithTheReviewersComments() {
        Api clerk = api(ServiceSpec.PLAN, "clerk");
        Api reviewerTasks = api(ServiceSpec.REVIEW, "reviewer");
        LocalDate today = LocalDate.now(TAIPEI);
        String planId = clerk.post("/api/plans", planWith(today.plusDays(30), today.plusDays(60))).expect(201).body()
                .get("id").asString();
        api(ServiceSpec.PLAN, "head").post("/api/plans/" + planId + "/submit", null).expect(200);
        String taskId = await("a review task for " + planId, () -> items(reviewerTasks.get("/api/review-tasks").body())
                .filter(t -> planId.equals(t.get("subjectId").asString())).findFirst().orElse(null)).get("id").asString();

        // Returning without saying why is refused, field named; nothing changes.
        Api.Reply bare = reviewerTasks.post("/api/review-tasks/" + taskId + "/decision", "{\"decision\": \"RETURNED\"}");
        assertThat(bare.status()).isEqualTo(400);
        assertThat(bare.raw()).contains("\"field\":\"comments\"");
        reviewerTasks.post("/api/review-tasks/" + taskId + "/decision", """
                {"decision": "RETURNED", "comments": [{"itemRef": "plan", "comment": "請具體說明SOP涵蓋之申辦項目"}]}""")
                .expect(200);

        JsonNode returned = await("the plan returned", () -> {
            JsonNode plan = clerk.get("/api/plans/" + planId).body();
            return "RETURNED".equals(plan.get("status").asString()) ? plan : null;
        });
        assertThat(returned.at("/reviewComments/0/comment").asString()).isEqualTo("請具體說明SOP涵蓋之申辦項目");
        JsonNode notice = await("the return in the agency's inbox",
                () -> inboxItem(api(ServiceSpec.NOTIFICATION, "clerk"), "PLAN_RETURNED", "planId", planId));
        assertThat(notice.get("body").asString()).contains("請具體說明SOP涵蓋之申辦項目");
        // A returned plan is not tracked: no deadlines until it is approved.
        assertThat(items(api(ServiceSpec.NOTIFICATION, "clerk").get("/api/deadlines?planId=" + planId).expect(200).body())
                .filter(d -> "MEASURE".equals(d.get("kind").asString())).count()).isZero();
    }

    /**
     * Traces are collected (issue #15): the head's 送審 at the gateway is one trace in the local trace collector
     * (Zipkin) with spans of the gateway, plan-service, review-service (which consumed PlanSubmitted from Kafka and
     * opened the task) and notification-service (which consumed ReviewTaskAssigned and put the notice in the inbox).
     */
    @Test
    void aSubmissionAtTheGatewayIsOneTraceThroughKafkaToTheInbox() {
        TraceCollector zipkin = system.traceCollector().orElseThrow();
        Api clerk = api(ServiceSpec.PLAN, "clerk");
        LocalDate today = LocalDate.now(TAIPEI);
        String planId = clerk.post("/api/plans", planWith(today.plusDays(30), today.plusDays(60))).expect(201).body()
                .get("id").asString();
        clerk.post("/api/plans/" + planId + "/submit", null).expect(200);

        // The head confirms in the pages, through the gateway (its session, its CSRF check, its relay), no trace sent in.
        GatewaySession head = GatewaySession.logIn(system.gatewayUrl(), "head");
        GatewaySession.Page confirm = head.get("/plans/" + planId + "/submit");
        assertThat(confirm.status()).isEqualTo(200);
        assertThat(head.submit(confirm, "/plans/" + planId + "/submit", Map.of()).uri().toString()).endsWith("?done=submitted");

        String traceId = await("PlanSubmitted of " + planId + " with its trace", () -> EventLog.readAll(system.kafkaBootstrapServers(),
                Topic.PLAN).stream().filter(e -> e.is(PlanSubmitted.class) && planId.equals(e.data().path("planId").asString()))
                .map(EventLog.Event::traceId).findFirst().orElse(null));
        Api reviewerTasks = api(ServiceSpec.REVIEW, "reviewer");
        String taskId = await("a review task for " + planId, () -> items(reviewerTasks.get("/api/review-tasks").body())
                .filter(t -> planId.equals(t.get("subjectId").asString())).findFirst().orElse(null)).get("id").asString();
        await("the assignment in the reviewer's inbox",
                () -> inboxItem(api(ServiceSpec.NOTIFICATION, "reviewer"), "REVIEW_TASK_ASSIGNED", "taskId", taskId));

        // Spans are sent in batches (every few seconds): wait until every hop's are in.
        Api traces = new Api(zipkin.url(), null);
        List<String> hops = List.of("gateway", "plan-service", "review-service", "notification-service");
        Set<String> services = await("spans of " + hops + " in trace " + traceId, () -> {
            Api.Reply trace = traces.get("/api/v2/trace/" + traceId);
            Set<String> found = trace.status() != 200 ? Set.of() : items(trace.body())
                    .map(span -> span.at("/localEndpoint/serviceName").asString()).collect(Collectors.toCollection(TreeSet::new));
            return found.containsAll(hops) ? found : null;
        });
        System.out.println("[e2e] trace " + traceId + " in Zipkin has spans of " + services);
    }

    @Test
    void everyServiceDocumentsItsApiAndExposesItsMetrics() {
        Map<ServiceSpec, String> metricOf = Map.of(ServiceSpec.PLAN, "uplift_plans{", ServiceSpec.REVIEW,
                "uplift_review_tasks_open", ServiceSpec.SURVEY, "uplift_outbox_pending",
                ServiceSpec.NOTIFICATION, "uplift_deadlines_overdue");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            Api anonymous = new Api(system.serviceUrl(spec), null);
            JsonNode docs = anonymous.get("/v3/api-docs").expect(200).body();
            assertThat(docs.get("openapi").asString()).as(spec.name()).startsWith("3.");
            assertThat(docs.get("paths").size()).as(spec.name() + " paths").isPositive();
            String metrics = anonymous.get("/actuator/prometheus").expect(200).raw();
            assertThat(metrics).as(spec.name()).contains(metricOf.get(spec), "application=\"" + spec.name() + "\"",
                    "jvm_memory_used_bytes", "http_server_requests_seconds");
        }
    }

    private static Api api(ServiceSpec service, String user) {
        return new Api(system.serviceUrl(service), system.tokenFor(user));
    }

    /** The plan as a clerk types it: deadlines as phrases ("3月31日前"), the year in the ROC calendar. */
    private static String planWith(LocalDate soon, LocalDate later) {
        int rocYear = RocYear.of(soon).value();
        return """
                {"rocYear": %d, "title": "高雄市政府民政局%d年度提升服務執行計畫",
                 "dimensions": [{"code": "一", "title": "完備基礎服務項目",
                   "focusAreas": [{"code": "(一)", "title": "建立標準作業流程",
                     "measures": [
                       {"code": "1", "title": "訂定標準作業流程(SOP)", "units": ["戶籍行政科"], "deadline": "%s"},
                       {"code": "2", "title": "服務資訊公開透明", "units": ["各科室"], "deadline": "%s"}]}]}]}
                """.formatted(rocYear, rocYear, phrase(soon, rocYear), phrase(later, rocYear));
    }

    /** "12月31日前", or with the ROC year when the date falls in the next year ("116年2月20日前"). */
    private static String phrase(LocalDate date, int rocYear) {
        String monthDay = date.getMonthValue() + "月" + date.getDayOfMonth() + "日前";
        int year = RocYear.of(date).value();
        return year == rocYear ? monthDay : year + "年" + monthDay;
    }

    /** Every service's clock to 10:00 Taipei time on that day, as the README's demo does with POST /admin/clock. */
    private static void moveEveryClockTo(LocalDate day) {
        String to = day.atTime(LocalTime.of(10, 0)).atZone(TAIPEI).toOffsetDateTime().toString();
        String admin = system.tokenFor("admin");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            new Api(system.serviceUrl(spec), admin).post("/admin/clock", "{\"to\": \"" + to + "\"}").expect(200);
        }
    }

    private static JsonNode inboxItem(Api inbox, String kind, String link, String id) {
        return items(inbox.get("/api/inbox").expect(200).body())
                .filter(i -> kind.equals(i.get("kind").asString()) && id.equals(i.at("/links/" + link).asString()))
                .findFirst().orElse(null);
    }

    private static List<EventLog.Event> ofPlan(List<EventLog.Event> events, String planId) {
        return events.stream().filter(e -> planId.equals(e.data().path("planId").asString())
                || planId.equals(e.data().path("subjectId").asString())).toList();
    }

    private static boolean ofItem(EventLog.Event event, String itemId) {
        return itemId.equals(event.data().path("itemId").asString());
    }

    private static Stream<JsonNode> items(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** Polls until the step's result is there; the failure names the step. */
    private static <T> T await(String what, Callable<T> step) {
        return Awaitility.await(what).atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .ignoreExceptions().until(step, result -> result != null);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package tw.uplift.chaos.kill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tw.uplift.chaos.support.ChaosReport;
import tw.uplift.chaos.support.ChaosScale;
import tw.uplift.contracts.Topic;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.PortPlan;
import tw.uplift.launcher.ServiceProcess;
import tw.uplift.launcher.ServiceSpec;

/**
 * Two instances of every service against one broker and one store (issue #15): the local run, plus a second process of
 * each service ({@code LocalSystem.startAnotherInstance}: same settings, another port). Plans are written and submitted
 * through both plan-service instances in turn, approved through both review-service instances in turn, and then every
 * instance's movable clock is moved past the measures' due dates, so both notification-service schedulers tick over the
 * same deadlines. Then nothing may exist twice: a plan-approval task per plan, an assignment notice per task and
 * recipient, a deadline per tracked item, an event per fired deadline step (the scheduler's lease), a notice per step
 * event and recipient. Records on the topics beyond one per event id are counted and reported: a republish the
 * relays' leases allow (at-least-once), harmless when the counts above stay at one.
 *
 * <p>Survey answers are not part of this flow (their tallies are covered by survey-service's own tests and the broker
 * outage scenario). Full scale only: a whole-system start and four more service processes take several minutes on
 * two cores.
 */
class TwoInstancesChaosIT {

    private static final int PLANS = 8;
    private static final String PLAN = """
            {"rocYear": 116, "title": "雙實例測試計畫 %d",
             "dimensions": [{"code": "一", "title": "完備基礎服務項目", "focusAreas": [{"code": "(一)",
               "title": "建立標準作業流程", "measures": [
                 {"code": "1", "title": "訂定標準作業流程(SOP)", "units": ["戶籍行政科"], "deadline": "12月15日前"}]}]}]}
            """;

    @Test
    void twoInstancesOfEveryServiceDoNothingTwice() throws Exception {
        assumeTrue(ChaosScale.current().isFull(), "a whole-system start plus a second process of every service takes "
                + "several minutes on two cores: only in ./uplift chaos (-Duplift.chaos.scale=full)");
        long began = System.nanoTime();
        try (LocalSystem system = LocalSystem.builder().dataDir(Files.createTempDirectory("uplift-chaos-2x-"))
                .ports(PortPlan.random()).withoutGateway().stopOnJvmExit()
                .progress(line -> System.out.println("[chaos] " + line)).start()) {
            Map<ServiceSpec, List<String>> urls = new LinkedHashMap<>();
            for (ServiceProcess first : system.services()) {
                ServiceProcess second = system.startAnotherInstance(first.spec(), freePort());
                urls.put(first.spec(), List.of(first.url(), second.url()));
                System.out.println("[chaos] " + first.spec().name() + ": " + first.url() + " and " + second.url());
            }
            List<String> plans = submitThroughBoth(system, urls.get(ServiceSpec.PLAN));
            MongoClient mongo = MongoClients.create(system.mongoUri(ServiceSpec.PLAN.database()));
            MongoDatabase review = mongo.getDatabase(ServiceSpec.REVIEW.database());
            MongoDatabase notification = mongo.getDatabase(ServiceSpec.NOTIFICATION.database());
            await("a plan-approval task per plan", Duration.ofMinutes(3), () -> tasksOf(review, plans).size() == plans.size());

            // Approved through both review-service instances in turn, each by the reviewer it was assigned to.
            int i = 0;
            for (Document task : tasksOf(review, plans).values()) {
                String reviewer = task.getString("assigneeId");
                assertTrue(reviewer != null, () -> "task " + task.get("_id") + " was not assigned");
                ServiceCalls.Reply decided = new ServiceCalls(urls.get(ServiceSpec.REVIEW).get(i++ % 2),
                        system.tokenFor(reviewer)).post("/api/review-tasks/" + task.get("_id") + "/decision",
                        "{\"decision\": \"APPROVED\", \"comments\": []}");
                assertTrue(decided.ok(), () -> "approving " + task.get("_id") + " answered " + decided);
            }
            await("a measure deadline per approved plan", Duration.ofMinutes(3),
                    () -> notification.getCollection("deadlines").countDocuments(Filters.and(
                            Filters.in("planId", plans), Filters.eq("kind", "MEASURE"))) >= plans.size());

            // Every instance's clock: five days before the due date, then the day after it.
            ServiceCalls.Reply moved = null;
            for (String to : List.of("2027-12-10T10:00:00+08:00", "2027-12-16T10:00:00+08:00")) {
                for (List<String> both : urls.values()) {
                    for (String url : both) {
                        moved = new ServiceCalls(url, system.tokenFor("admin")).post("/admin/clock",
                                "{\"to\": \"" + to + "\"}");
                        assertTrue(moved.ok(), "moving the clock of " + url + " answered " + moved);
                    }
                }
                Thread.sleep(Duration.ofSeconds(15));
            }
            await("the overdue step of every measure", Duration.ofMinutes(2), () -> firedOverdue(notification, plans) >= plans.size());
            Thread.sleep(Duration.ofSeconds(10)); // a second scheduler or a redelivery would have doubled by now

            Map<String, Long> duplicatesPerTopic = new LinkedHashMap<>();
            Map<String, Set<String>> stepEvents = new HashMap<>();
            for (Topic topic : Topic.values()) {
                List<ConsumerRecord<byte[], byte[]>> records = readAll(system.kafkaBootstrapServers(), topic.topicName());
                Set<String> ids = new HashSet<>();
                for (ConsumerRecord<byte[], byte[]> r : records) {
                    String id = header(r, "ce_id");
                    ids.add(id);
                    if (topic == Topic.DEADLINE) {
                        stepEvents.computeIfAbsent(header(r, "ce_subject"), d -> new HashSet<>()).add(id);
                    }
                }
                duplicatesPerTopic.put(topic.topicName(), (long) (records.size() - ids.size()));
            }
            Counts counts = Counts.of(review, notification, plans, stepEvents);
            mongo.close();
            ChaosReport.of("two instances of every service")
                    .checked(urls.size() + " services × 2 · " + plans.size() + " plans submitted and approved through "
                            + "both instances, clocks moved past the due dates on all " + (urls.size() * 2))
                    .checked("tasks " + counts.tasks + " (doubled " + counts.tasksDoubled + ")")
                    .checked("assignment notices " + counts.assignmentNotices + " (doubled "
                            + counts.assignmentNoticesDoubled + ")")
                    .checked("deadlines " + counts.deadlines + " (doubled " + counts.deadlinesDoubled + ")")
                    .checked("deadline steps fired " + counts.stepsFired + ", their events " + counts.stepEvents
                            + " (doubled " + counts.stepEventsDoubled + ")")
                    .checked("step notices " + counts.stepNotices + " (doubled " + counts.stepNoticesDoubled + ")")
                    .checked("duplicate event ids on the topics " + duplicatesPerTopic)
                    .checked(String.format("%.0f s", (System.nanoTime() - began) / 1e9))
                    .print();
            assertEquals(plans.size(), counts.tasks, "a plan-approval task per plan");
            assertEquals(0, counts.tasksDoubled, "tasks doubled");
            assertEquals(0, counts.assignmentNoticesDoubled, "assignment notices doubled");
            assertEquals(0, counts.deadlinesDoubled, "deadlines doubled");
            assertEquals(0, counts.stepEventsDoubled, "deadline steps fired twice");
            assertEquals(0, counts.stepNoticesDoubled, "step notices doubled");
            assertTrue(counts.stepsFired >= plans.size(), "the steps fired at all");
        }
    }

    /** Written by the clerk and submitted by the head through the two plan-service instances in turn. */
    private static List<String> submitThroughBoth(LocalSystem system, List<String> planUrls) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            ServiceCalls clerk = new ServiceCalls(planUrls.get(i % 2), system.tokenFor("clerk"));
            ServiceCalls head = new ServiceCalls(planUrls.get((i + 1) % 2), system.tokenFor("head"));
            ServiceCalls.Reply made = clerk.post("/api/plans", PLAN.formatted(i + 1));
            assertTrue(made.ok(), () -> "a plan could not be made: " + made);
            String id = made.body().path("id").asString();
            assertTrue(clerk.post("/api/plans/" + id + "/submit", null).ok(), "handed to the head");
            assertTrue(head.post("/api/plans/" + id + "/submit", null).ok(), "submitted by the head");
            ids.add(id);
        }
        return ids;
    }

    private static Map<String, Document> tasksOf(MongoDatabase review, List<String> plans) {
        Map<String, Document> tasks = new LinkedHashMap<>();
        for (Document task : review.getCollection("review_tasks")
                .find(Filters.and(Filters.eq("kind", "PLAN_APPROVAL"), Filters.in("subjectId", plans)))) {
            tasks.put(task.get("_id").toString(), task);
        }
        return tasks;
    }

    private static long firedOverdue(MongoDatabase notification, List<String> plans) {
        long fired = 0;
        for (Document deadline : notification.getCollection("deadlines")
                .find(Filters.and(Filters.in("planId", plans), Filters.eq("kind", "MEASURE")))) {
            for (Document step : deadline.getList("steps", Document.class, List.of())) {
                if ("overdue".equals(step.getString("key")) && "FIRED".equals(step.getString("state"))) {
                    fired++;
                }
            }
        }
        return fired;
    }

    /** What the stores hold about the plans, each thing counted by its business key. */
    private record Counts(long tasks, long tasksDoubled, long assignmentNotices, long assignmentNoticesDoubled,
            long deadlines, long deadlinesDoubled, long stepsFired, long stepEvents, long stepEventsDoubled,
            long stepNotices, long stepNoticesDoubled) {

        static Counts of(MongoDatabase review, MongoDatabase notification, List<String> plans,
                Map<String, Set<String>> stepEventsPerDeadline) {
            Map<String, Integer> tasksPerPlan = new HashMap<>();
            Map<String, Document> tasks = tasksOf(review, plans);
            tasks.values().forEach(t -> tasksPerPlan.merge(t.getString("subjectId"), 1, Integer::sum));

            Map<String, Integer> deadlinesPerItem = new HashMap<>();
            long fired = 0;
            long events = 0;
            long eventsDoubled = 0;
            for (Document deadline : notification.getCollection("deadlines").find(Filters.in("planId", plans))) {
                deadlinesPerItem.merge(deadline.getString("kind") + "/" + deadline.getString("itemId"), 1, Integer::sum);
                long firedHere = deadline.getList("steps", Document.class, List.of()).stream()
                        .filter(s -> "FIRED".equals(s.getString("state"))).count();
                long eventsHere = stepEventsPerDeadline.getOrDefault(deadline.get("_id").toString(), Set.of()).size();
                fired += firedHere;
                events += eventsHere;
                eventsDoubled += Math.max(0, eventsHere - firedHere);
            }
            Map<String, Integer> assignmentNotices = new HashMap<>();
            Map<String, Integer> stepNotices = new HashMap<>();
            for (Document item : notification.getCollection("inbox").find(Filters.in("kind",
                    List.of("REVIEW_TASK_ASSIGNED", "DEADLINE_APPROACHING", "ITEM_OVERDUE")))) {
                Document links = item.get("links", Document.class);
                if ("REVIEW_TASK_ASSIGNED".equals(item.getString("kind"))) {
                    if (links != null && tasks.containsKey(links.getString("taskId"))) {
                        assignmentNotices.merge(item.getString("recipient") + "/" + links.getString("taskId"), 1,
                                Integer::sum);
                    }
                } else if (links != null && plans.contains(links.getString("planId"))) {
                    stepNotices.merge(item.getString("recipient") + "/" + item.getString("causeEventId"), 1,
                            Integer::sum);
                }
            }
            return new Counts(tasks.size(), doubled(tasksPerPlan), sum(assignmentNotices), doubled(assignmentNotices),
                    sum(deadlinesPerItem), doubled(deadlinesPerItem), fired, events, eventsDoubled, sum(stepNotices),
                    doubled(stepNotices));
        }

        private static long sum(Map<String, Integer> perKey) {
            return perKey.values().stream().mapToLong(Integer::longValue).sum();
        }

        private static long doubled(Map<String, Integer> perKey) {
            return perKey.values().stream().mapToLong(n -> n - 1).sum();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(String brokers, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void await(String what, Duration patience, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + patience + ": " + what);
            }
            Thread.sleep(1_000);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

package tw.uplift.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tw.uplift.contracts.EventType;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.ReviewTaskAssigned;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;

/**
 * The event hop of the core flow, measured on the running system: a head submits a plan (送審) → plan-service's
 * {@code PlanSubmitted} on the broker → review-service's {@code ReviewTaskAssigned} on the broker → notification-
 * service's inbox item for the reviewer stored. The two topics are switched to broker append time first, so each
 * record carries the instant the broker appended it, and the inbox item carries the instant it was created: the
 * hops are append → append → stored, on one machine's clock.
 */
final class EventHop implements AutoCloseable {

    /** The latencies of one run, in milliseconds, one entry per submitted plan. */
    record Hops(List<Double> submittedToAssigned, List<Double> assignedToInbox, List<Double> submittedToInbox) {
    }

    private static final String PLAN = """
            {"rocYear": 116, "title": "基準測試計畫 %d",
             "dimensions": [{"code": "一", "title": "完備基礎服務項目", "focusAreas": [{"code": "(一)",
               "title": "建立標準作業流程", "measures": [
                 {"code": "1", "title": "訂定標準作業流程(SOP)", "units": ["戶籍行政科"], "deadline": "12月15日前"}]}]}]}
            """;

    private final LocalSystem system;
    private final ServiceApi clerk;
    private final ServiceApi head;
    private final MongoClient mongo;
    private int plansMade;

    EventHop(LocalSystem system) {
        this.system = system;
        String plans = system.serviceUrl(ServiceSpec.PLAN);
        this.clerk = new ServiceApi(plans, system.tokenFor("clerk"));
        this.head = new ServiceApi(plans, system.tokenFor("head"));
        this.mongo = MongoClients.create(system.mongoUri(ServiceSpec.NOTIFICATION.database()));
        useAppendTime(Topic.PLAN, Topic.REVIEW);
    }

    /** Plans written and handed to the head by the clerk (陳送首長核定), waiting for the head's submission. */
    List<String> awaitingHead(int count) {
        List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());
        Semaphore inFlight = new Semaphore(4);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int n = ++plansMade;
                inFlight.acquireUninterruptibly();
                threads.submit(() -> {
                    try {
                        String id = clerk.post("/api/plans", PLAN.formatted(n)).path("id").asString();
                        clerk.post("/api/plans/" + id + "/submit", null);
                        ids.add(id);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
        if (ids.size() != count) {
            throw new IllegalStateException("only " + ids.size() + " of " + count + " plans were made");
        }
        return List.copyOf(ids);
    }

    /** The head submits the plans at a steady rate; returns each plan's hops once all reached the reviewer's inbox. */
    Hops submit(List<String> planIds, double perSecond) {
        SteadyRate.run(planIds.size(), perSecond, i -> head.post("/api/plans/" + planIds.get(i) + "/submit", null));
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (true) {
            Map<String, Long> submitted = appendTimes(Topic.PLAN, PlanSubmitted.class, "planId", planIds);
            Map<String, Long> assigned = appendTimes(Topic.REVIEW, ReviewTaskAssigned.class, "subjectId", planIds);
            Map<String, Long> stored = inboxTimes(tasksOf(planIds));
            if (stored.size() == planIds.size() || System.nanoTime() > deadline) {
                return hops(planIds, submitted, assigned, stored);
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    private final Map<String, String> taskOfPlan = new HashMap<>();

    private Collection<String> tasksOf(List<String> planIds) {
        return planIds.stream().map(taskOfPlan::get).filter(java.util.Objects::nonNull).toList();
    }

    private Hops hops(List<String> planIds, Map<String, Long> submitted, Map<String, Long> assigned,
            Map<String, Long> stored) {
        List<Double> first = new ArrayList<>();
        List<Double> second = new ArrayList<>();
        List<Double> whole = new ArrayList<>();
        int missing = 0;
        for (String plan : planIds) {
            Long s = submitted.get(plan);
            Long a = assigned.get(plan);
            Long i = stored.get(taskOfPlan.get(plan));
            if (s == null || a == null || i == null) {
                missing++;
                continue;
            }
            first.add((double) (a - s));
            second.add((double) (i - a));
            whole.add((double) (i - s));
        }
        if (missing > 0) {
            throw new IllegalStateException(missing + " of " + planIds.size()
                    + " submissions did not reach the reviewer's inbox within 5 minutes");
        }
        return new Hops(first, second, whole);
    }

    /** The broker append time of the last event of that type about each of the plans. */
    private Map<String, Long> appendTimes(Topic topic, Class<?> type, String planField, List<String> planIds) {
        String typeName = type.getAnnotation(EventType.class).value();
        java.util.Set<String> wanted = new java.util.HashSet<>(planIds);
        Map<String, Long> times = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : readAll(topic)) {
            if (!typeName.equals(header(r, "ce_type")) || r.timestampType() != TimestampType.LOG_APPEND_TIME) {
                continue;
            }
            JsonNode data = ServiceApi.JSON.readTree(new String(r.value(), StandardCharsets.UTF_8));
            String plan = data.path(planField).asString();
            if (wanted.contains(plan)) {
                times.put(plan, r.timestamp());
                if (type == ReviewTaskAssigned.class) {
                    taskOfPlan.put(plan, data.path("taskId").asString());
                }
            }
        }
        return times;
    }

    /** When notification-service created the reviewer's inbox item about each task. */
    private Map<String, Long> inboxTimes(Collection<String> taskIds) {
        Map<String, Long> times = new HashMap<>();
        for (Document item : mongo.getDatabase(ServiceSpec.NOTIFICATION.database()).getCollection("inbox")
                .find(Filters.and(Filters.eq("kind", "REVIEW_TASK_ASSIGNED"), Filters.in("links.taskId", taskIds)))) {
            times.put(item.get("links", Document.class).getString("taskId"), item.getDate("createdAt").getTime());
        }
        return times;
    }

    private List<ConsumerRecord<byte[], byte[]>> readAll(Topic topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.topicName()).stream()
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

    /** Broker append time on the topics of the hop, so a record's timestamp says when the broker took it. */
    private void useAppendTime(Topic... topics) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", system.kafkaBootstrapServers()))) {
            Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
            for (Topic topic : topics) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.topicName()), List.of(new AlterConfigOp(
                        new ConfigEntry("message.timestamp.type", "LogAppendTime"), AlterConfigOp.OpType.SET)));
            }
            admin.incrementalAlterConfigs(changes).all().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot switch the hop's topics to broker append time: " + e, e);
        }
    }

    private static String header(ConsumerRecord<?, ?> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        mongo.close();
    }
}

package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure of the local run (MongoDB on H2, the Kafka child, the identity child) started, used,
 * stopped, backed up ({@code ./uplift backup}), restored into a new folder ({@code ./uplift restore}) and started
 * again from that one: what a restart needs is exactly what a backup keeps, so the second start checks both.
 */
class LocalSystemIT {

    private static final String TOPIC = "launcher-it-events";

    @TempDir
    Path data;

    @TempDir
    Path elsewhere;

    @Test
    void keepsDocumentsAndTopicsAcrossABackupRestoredElsewhereAndIssuesDemoTokens() throws Exception {
        String planId = "plan-" + UUID.randomUUID();

        try (LocalSystem system = start()) {
            produce(system.kafkaBootstrapServers(), planId, "{\"type\":\"PlanSubmitted\"}");
            assertThat(consumeAll(system.kafkaBootstrapServers())).containsEntry(planId, "{\"type\":\"PlanSubmitted\"}");

            try (MongoClient mongo = MongoClients.create(system.mongoUri("plan"))) {
                mongo.getDatabase("plan").getCollection("plans").insertOne(new Document("_id", planId).append("year", 115));
            }

            assertThat(system.mailSink().openMailbox("clerk@demo.uplift.tw")).isTrue();
            assertThat(read(system.mailSink().messagesOf("clerk@demo.uplift.tw"))).as("an open mailbox, empty").isEqualTo("[]");
            send(system.mailSink().smtpPort(), "clerk@demo.uplift.tw", "<" + planId + "@uplift.test>", "Subject: 屆期提醒");
            assertThat(read(system.mailSink().messagesOf("clerk@demo.uplift.tw")))
                    .as("the sink keeps what it was sent, for anyone to read").contains(planId + "@uplift.test");

            String token = system.tokenFor("clerk");
            assertThat(claimsOf(token)).contains("\"agency_id\":\"kcg-civil-affairs\"", "\"roles\":[\"AGENCY_STAFF\"]",
                    "\"iss\":\"" + system.issuerUrl() + "\"");
            assertThatThrownBy(() -> DataBackup.backUp(data, elsewhere.resolve("too-early")))
                    .as("no copy of a folder in use").hasMessageContaining("Stop it");
        }

        Path backup = elsewhere.resolve("backup");
        List<Path> copied = DataBackup.backUp(data, backup);
        assertThat(copied).as("the store, Kafka's storage and the signing key; no logs").contains(Path.of("mongo.mv"),
                Path.of("kafka", "data", "meta.properties"), Path.of("identity", "signing-key.json"))
                .noneMatch(file -> file.startsWith("logs"));
        Path restored = elsewhere.resolve("restored");
        assertThat(DataBackup.restore(backup, restored)).containsExactlyElementsOf(copied);

        // Other ports on purpose: a restart must not depend on the ports of the previous run.
        try (LocalSystem system = start(restored)) {
            try (MongoClient mongo = MongoClients.create(system.mongoUri("plan"))) {
                Document plan = mongo.getDatabase("plan").getCollection("plans").find(new Document("_id", planId)).first();
                assertThat(plan).isNotNull();
                assertThat(plan.getInteger("year")).isEqualTo(115);
            }
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafkaBootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains(TOPIC);
                assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions())
                        .as("num.partitions=3").hasSize(3);
            }
            assertThat(consumeAll(system.kafkaBootstrapServers())).containsEntry(planId, "{\"type\":\"PlanSubmitted\"}");
            assertThat(system.tokenFor("reviewer")).isNotBlank();
        }
    }

    /** One message over a plain SMTP conversation (RFC 5321), as any mail server's client would hold it. */
    private static void send(int port, String to, String messageId, String subjectLine) throws Exception {
        try (Socket socket = new Socket("localhost", port);
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                var out = new PrintWriter(new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8))) {
            assertThat(in.readLine()).startsWith("220");
            for (String command : List.of("HELO uplift.test", "MAIL FROM:<noreply@uplift.test>", "RCPT TO:<" + to + ">", "DATA")) {
                out.print(command + "\r\n");
                out.flush();
                assertThat(in.readLine()).as(command).matches("(250|354).*");
            }
            out.print("Message-ID: " + messageId + "\r\n" + subjectLine + "\r\n\r\nhello\r\n.\r\n");
            out.flush();
            assertThat(in.readLine()).startsWith("250");
            out.print("QUIT\r\n");
            out.flush();
        }
    }

    private static String read(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private LocalSystem start() {
        return start(data);
    }

    private static LocalSystem start(Path folder) {
        return LocalSystem.builder().dataDir(folder).ports(PortPlan.random()).withoutServices().start();
    }

    private static void produce(String bootstrap, String key, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
        }
    }

    /** Everything in the topic, read by a new consumer group from the beginning. */
    private static Map<String, String> consumeAll(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "launcher-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            Map<String, String> byKey = new java.util.HashMap<>();
            records.forEach(r -> byKey.put(r.key(), r.value()));
            return byKey;
        }
    }

    private static String claimsOf(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }
}

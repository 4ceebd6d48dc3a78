package tw.uplift.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** asyncapi.yaml agrees with the catalogue: every topic and type once, every $ref resolvable. */
class AsyncApiDocumentTest {

    private static Map<String, Object> doc;

    @BeforeAll
    static void load() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (InputStream in = AsyncApiDocumentTest.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            doc = new Yaml(new SafeConstructor(options)).load(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private static Map<String, Object> channels() {
        return map(doc.get("channels"));
    }

    @Test
    void isAsyncApi3() {
        assertThat(doc.get("asyncapi")).isEqualTo("3.0.0");
        assertThat(map(doc.get("info"))).containsKeys("title", "version", "description");
    }

    @Test
    void everyTopicIsAChannelExactlyOnce() {
        List<String> addresses = channels().values().stream().map(c -> (String) map(c).get("address")).toList();
        assertThat(addresses).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Topic.values()).map(Topic::topicName).toList());
    }

    @Test
    void everyTypeIsAMessageExactlyOnceOnItsTopic() {
        List<String> all = new ArrayList<>();
        for (Object c : channels().values()) {
            Map<String, Object> channel = map(c);
            Topic topic = topicNamed((String) channel.get("address"));
            Set<String> keys = map(channel.get("messages")).keySet();
            assertThat(keys).as("messages on %s", topic.topicName()).containsExactlyInAnyOrderElementsOf(
                    EventCatalog.onTopic(topic).stream().map(EventCatalog.Entry::type).toList());
            all.addAll(keys);
        }
        assertThat(all).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(EventCatalog.all().stream().map(EventCatalog.Entry::type).toList());

        Map<String, Object> messages = map(map(doc.get("components")).get("messages"));
        assertThat(messages.keySet()).containsExactlyInAnyOrderElementsOf(all);
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            Map<String, Object> message = map(messages.get(entry.type()));
            assertThat(message.get("name")).isEqualTo(entry.type());
            assertThat(message.get("title")).isEqualTo(entry.name());
            assertThat(message.get("contentType")).isEqualTo("application/json");
            Map<String, Object> payload = map(message.get("payload"));
            assertThat(map(payload.get("schema")).get("$ref")).as(entry.type())
                    .isEqualTo("." + entry.schemaResource());
            assertThat(message.get("traits")).asString().contains("#/components/messageTraits/cloudEvent");
        }
    }

    @Test
    void cloudEventHeadersAndKeyAreDescribed() {
        Map<String, Object> trait = map(map(map(doc.get("components")).get("messageTraits")).get("cloudEvent"));
        Map<String, Object> headers = map(trait.get("headers"));
        assertThat(map(headers.get("properties")).keySet()).containsExactlyInAnyOrder(
                "ce_id", "ce_type", "ce_source", "ce_specversion", "ce_time", "ce_subject", "ce_sequence",
                "content-type", "traceparent");
        assertThat(map(map(trait.get("bindings")).get("kafka"))).containsKey("key");
    }

    @Test
    void operationsSayWhoSendsAndWhoReceives() {
        Map<String, Set<String>> senders = new TreeMap<>();
        Map<String, Set<String>> receivers = new TreeMap<>();
        for (Object o : map(doc.get("operations")).values()) {
            Map<String, Object> operation = map(o);
            String channelRef = (String) map(operation.get("channel")).get("$ref");
            String topic = (String) map(resolve(channelRef)).get("address");
            String service = (String) map(((List<?>) operation.get("tags")).getFirst()).get("name");
            Map<String, Set<String>> target = "send".equals(operation.get("action")) ? senders : receivers;
            assertThat(target.computeIfAbsent(topic, t -> new TreeSet<>()).add(service))
                    .as("%s listed twice for %s", service, topic).isTrue();
            if ("send".equals(operation.get("action"))) {
                // a sender lists every message of its channel, and only those
                List<String> sent = ((List<?>) operation.get("messages")).stream()
                        .map(m -> (String) map(m).get("$ref")).toList();
                assertThat(sent).allSatisfy(ref -> assertThat(ref).startsWith(channelRef + "/messages/"))
                        .hasSize(EventCatalog.onTopic(topicNamed(topic)).size());
            }
        }
        Map<String, Set<String>> expectedSenders = new TreeMap<>();
        for (Topic topic : Topic.values()) {
            expectedSenders.put(topic.topicName(), Set.of(topic.owner()));
        }
        assertThat(senders).isEqualTo(expectedSenders);
        assertThat(receivers).isEqualTo(Map.of(
                "plan-events", Set.of("review-service", "notification-service"),
                "review-events", Set.of("notification-service", "plan-service", "review-service"),
                "survey-events", Set.of("review-service", "notification-service", "plan-service"),
                "deadline-events", Set.of("plan-service", "review-service")));
    }

    @Test
    void everyRefResolves() {
        Map<String, String> refs = new LinkedHashMap<>();
        collectRefs("", doc, refs);
        assertThat(refs).isNotEmpty();
        int fileRefs = 0;
        for (var ref : refs.entrySet()) {
            String target = ref.getValue();
            if (target.startsWith("#/")) {
                assertThat(resolve(target)).as("%s -> %s", ref.getKey(), target).isNotNull();
            } else {
                assertThat(target).as(ref.getKey()).startsWith("./schemas/").endsWith(".json");
                assertThat(AsyncApiDocumentTest.class.getResource(target.substring(1)))
                        .as("%s -> %s", ref.getKey(), target).isNotNull();
                fileRefs++;
            }
        }
        assertThat(fileRefs).isEqualTo(EventCatalog.all().size());
    }

    private static void collectRefs(String path, Object node, Map<String, String> out) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    out.put(path, (String) v);
                } else {
                    collectRefs(path + "/" + k, v, out);
                }
            });
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                collectRefs(path + "/" + i, l.get(i), out);
            }
        }
    }

    /** A local JSON pointer into the document (keys here contain no '/' or '~'). */
    private static Object resolve(String pointer) {
        Object node = doc;
        for (String part : pointer.substring(2).split("/")) {
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(part)) {
                return null;
            }
            node = m.get(part);
        }
        return node;
    }

    private static Topic topicNamed(String address) {
        return Arrays.stream(Topic.values()).filter(t -> t.topicName().equals(address)).findFirst()
                .orElseThrow(() -> new AssertionError("unknown topic " + address));
    }
}

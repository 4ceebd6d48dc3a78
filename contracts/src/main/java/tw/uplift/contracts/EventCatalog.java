package tw.uplift.contracts;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every event type of Uplift, found from the sealed interface of each {@link Topic}: the mapping
 * between wire type names, payload records, topics and JSON Schemas lives here and nowhere else.
 */
public final class EventCatalog {

    private static final Map<String, Entry> BY_TYPE;
    private static final Map<Class<?>, Entry> BY_CLASS;

    static {
        Map<String, Entry> byType = new LinkedHashMap<>();
        Map<Class<?>, Entry> byClass = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            for (Class<?> permitted : topic.family().getPermittedSubclasses()) {
                EventType type = permitted.getAnnotation(EventType.class);
                if (type == null) {
                    throw new IllegalStateException(permitted + " has no @EventType");
                }
                @SuppressWarnings("unchecked")
                Entry entry = new Entry(type.value(), (Class<? extends DomainEvent>) permitted, topic);
                if (byType.put(entry.type(), entry) != null) {
                    throw new IllegalStateException("duplicate event type " + entry.type());
                }
                byClass.put(permitted, entry);
            }
        }
        BY_TYPE = Collections.unmodifiableMap(byType);
        BY_CLASS = Collections.unmodifiableMap(byClass);
    }

    private EventCatalog() {
    }

    /** One event type: its wire name, payload record and topic. */
    public record Entry(String type, Class<? extends DomainEvent> payloadClass, Topic topic) {

        /** The simple name without version, e.g. {@code PlanSubmitted}. */
        public String name() {
            String withoutVersion = type.substring(0, type.lastIndexOf('.'));
            return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
        }

        /** The classpath location of this type's JSON Schema. */
        public String schemaResource() {
            return "/schemas/" + type + ".json";
        }
    }

    public static List<Entry> all() {
        return List.copyOf(BY_TYPE.values());
    }

    public static Optional<Entry> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Entry of(Class<? extends DomainEvent> payloadClass) {
        Entry entry = BY_CLASS.get(payloadClass);
        if (entry == null) {
            throw new IllegalArgumentException(payloadClass + " is not a catalogued event");
        }
        return entry;
    }

    public static Entry of(DomainEvent event) {
        return of(event.getClass());
    }

    public static List<Entry> onTopic(Topic topic) {
        return Arrays.stream(BY_TYPE.values().toArray(Entry[]::new)).filter(e -> e.topic() == topic).toList();
    }
}

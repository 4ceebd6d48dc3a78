package tw.uplift.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.EventCatalog;

/**
 * Maps {@link EventEnvelope}s to and from Kafka records in CloudEvents 1.0 binary mode: attributes in
 * {@code ce_*} headers, the payload as JSON. The one place this mapping lives (the CloudEvents SDK's
 * converter reads only {@code ce-} headers, so Uplift maps its own).
 */
public class EventCodec {

    public static final String SPEC_VERSION = "1.0";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SPECVERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String SEQUENCE = "ce_sequence";
    public static final String CONTENT_TYPE = "content-type";
    public static final String TRACEPARENT = "traceparent";

    private final JsonMapper json;

    public EventCodec() {
        // Consumers must tolerate fields added in later (compatible) versions of a payload.
        this(JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build());
    }

    public EventCodec(JsonMapper json) {
        this.json = json;
    }

    /** The record value: the payload as UTF-8 JSON. */
    public byte[] payloadBytes(EventEnvelope<?> envelope) {
        return json.writeValueAsBytes(envelope.payload());
    }

    /** The binary-mode headers as strings (the transport turns them into UTF-8 bytes). */
    public Map<String, String> headers(EventEnvelope<?> envelope) {
        Map<String, String> headers = new HashMap<>();
        headers.put(ID, envelope.id());
        headers.put(TYPE, envelope.type());
        headers.put(SOURCE, envelope.source());
        headers.put(SPECVERSION, SPEC_VERSION);
        headers.put(TIME, envelope.time().toString());
        headers.put(SUBJECT, envelope.subject());
        headers.put(SEQUENCE, Long.toString(envelope.sequence()));
        headers.put(CONTENT_TYPE, "application/json");
        if (envelope.traceparent() != null) {
            headers.put(TRACEPARENT, envelope.traceparent());
        }
        return headers;
    }

    /**
     * Reads an envelope from a record's headers and value.
     *
     * @param header looks a header up by name, giving its value as a string or null when absent
     * @throws PoisonEventException when the record is not a valid Uplift CloudEvent
     */
    public EventEnvelope<DomainEvent> decode(HeaderLookup header, byte[] value) {
        String id = required(header, ID);
        String type = required(header, TYPE);
        String specVersion = required(header, SPECVERSION);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new PoisonEventException("event " + id + ": unsupported ce_specversion '" + specVersion + "'");
        }
        EventCatalog.Entry entry = EventCatalog.byType(type)
                .orElseThrow(() -> new PoisonEventException("event " + id + ": unknown ce_type '" + type + "'"));
        if (value == null || value.length == 0) {
            throw new PoisonEventException("event " + id + " (" + type + "): empty payload");
        }
        DomainEvent payload;
        try {
            payload = json.readValue(value, entry.payloadClass());
        } catch (JacksonException e) {
            throw new PoisonEventException("event " + id + " (" + type + "): payload is not valid JSON for the type: "
                    + e.getOriginalMessage(), e);
        }
        Instant time;
        try {
            time = Optional.ofNullable(header.get(TIME)).map(Instant::parse).orElse(null);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("event " + id + ": ce_time is not an RFC 3339 timestamp", e);
        }
        long sequence;
        try {
            sequence = Optional.ofNullable(header.get(SEQUENCE)).map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            throw new PoisonEventException("event " + id + ": ce_sequence is not a number", e);
        }
        String subject = Optional.ofNullable(header.get(SUBJECT)).orElse(payload.aggregateId());
        return new EventEnvelope<>(id, type, header.get(SOURCE), subject, time, sequence, header.get(TRACEPARENT),
                payload);
    }

    private static String required(HeaderLookup header, String name) {
        String value = header.get(name);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    /** Looks a header up by name. */
    @FunctionalInterface
    public interface HeaderLookup {
        String get(String name);

        /** Reads a header value as the binder or the raw client hands it over: bytes or a string. */
        static String asString(Object raw) {
            if (raw == null) {
                return null;
            }
            if (raw instanceof byte[] bytes) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return raw.toString();
        }
    }
}

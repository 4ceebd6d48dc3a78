package tw.uplift.notification.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.notification.inbox.InboxKind;

/**
 * The body of a post, in the Standard Webhooks shape: a type, the time of the notice, and a thin {@code data}
 * (what the notice is about and a link to it; the receiver reads more through the API if it needs to). Documented
 * field by field in {@code docs/webhooks.md}; within one type only optional fields are ever added.
 *
 * @param type      {@code notice.<kind>}, e.g. {@code notice.item_overdue} ({@link #typeOf})
 * @param timestamp when the notice was raised (not when it was posted: that is {@code webhook-timestamp})
 * @param data      what it is about
 */
public record WebhookPayload(String type, Instant timestamp, Data data) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What a notice is about. Absent ids are left out of the JSON.
     *
     * @param noticeId   the notice (the same for every channel and retry), as in {@code webhook-id}
     * @param planId     the plan, if any
     * @param measureId  the measure, if any
     * @param taskId     the review task, if any
     * @param deadlineId the tracked obligation, if any
     * @param title      the notice's title, in 繁體中文
     * @param dueDate    the due date (Taipei calendar day) it is about, if any
     * @param link       where a person reads it in Uplift
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Data(String noticeId, String planId, String measureId, String taskId, String deadlineId,
            String title, LocalDate dueDate, String link) {
    }

    public WebhookPayload {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(data, "data");
    }

    /** The type of a notice kind: {@code notice.} and the kind in lower case. */
    public static String typeOf(InboxKind kind) {
        return "notice." + kind.name().toLowerCase(Locale.ROOT);
    }

    public static WebhookPayload of(InboxKind kind, Instant timestamp, Data data) {
        return new WebhookPayload(typeOf(kind), timestamp, data);
    }

    /** The minified JSON posted and signed: these exact bytes, never re-serialised between the two. */
    public byte[] toJson() {
        return JSON.writeValueAsBytes(this);
    }
}

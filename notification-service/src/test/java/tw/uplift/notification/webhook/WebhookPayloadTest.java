package tw.uplift.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tw.uplift.notification.inbox.InboxKind;

class WebhookPayloadTest {

    @Test
    void isMinifiedJsonWithTheTypeTheTimeAndOnlyTheLinksThatApply() {
        WebhookPayload payload = WebhookPayload.of(InboxKind.ITEM_OVERDUE, Instant.parse("2026-04-01T01:00:00Z"),
                new WebhookPayload.Data("n-1", "plan-1", "m-2", null, "d-3", "「臨櫃服務」已逾期",
                        LocalDate.of(2026, 3, 31), "https://uplift.example.gov.tw/plans/plan-1"));

        assertThat(new String(payload.toJson(), StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"notice.item_overdue\","
                + "\"timestamp\":\"2026-04-01T01:00:00Z\",\"data\":{\"noticeId\":\"n-1\",\"planId\":\"plan-1\","
                + "\"measureId\":\"m-2\",\"deadlineId\":\"d-3\",\"title\":\"「臨櫃服務」已逾期\",\"dueDate\":\"2026-03-31\","
                + "\"link\":\"https://uplift.example.gov.tw/plans/plan-1\"}}");
    }
}

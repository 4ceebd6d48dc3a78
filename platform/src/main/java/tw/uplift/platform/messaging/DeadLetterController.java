package tw.uplift.platform.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.domain.NotFoundException;

/** {@code /admin/dead-letters}: what this service could not process, and a replay per record. */
@RestController
@RequestMapping("/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetterInbox inbox;

    public DeadLetterController(DeadLetterInbox inbox) {
        this.inbox = inbox;
    }

    /** A dead letter as an operator reads it: the payload as text (the stored bytes are replayed as they are). */
    public record DeadLetterView(String id, String originalTopic, Integer originalPartition, Long originalOffset,
            String reason, String exceptionClass, String eventId, String eventType, String key, String payload,
            Map<String, String> headers, Instant receivedAt, Instant replayedAt) {

        static DeadLetterView of(DeadLetter d) {
            return new DeadLetterView(d.id(), d.originalTopic(), d.originalPartition(), d.originalOffset(), d.reason(),
                    d.exceptionClass(), d.eventId(), d.eventType(), d.key(), d.payloadText(), d.headers(),
                    d.receivedAt(), d.replayedAt());
        }
    }

    @GetMapping
    public List<DeadLetterView> list(@RequestParam(defaultValue = "100") int limit) {
        return inbox.list(Math.clamp(limit, 1, 1000)).stream().map(DeadLetterView::of).toList();
    }

    @PostMapping("/{id}/replay")
    public DeadLetterView replay(@PathVariable String id) {
        return inbox.replay(id).map(DeadLetterView::of).orElseThrow(() -> new NotFoundException("dead letter", id));
    }
}

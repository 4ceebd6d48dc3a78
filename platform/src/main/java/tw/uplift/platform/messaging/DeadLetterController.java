package tw.uplift.platform.messaging;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.web.NotFoundException;

/** {@code /admin/dead-letters}: what this service could not process, and a replay per record. */
@RestController
@RequestMapping("/admin/dead-letters")
public class DeadLetterController {

    private final DeadLetterInbox inbox;

    public DeadLetterController(DeadLetterInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    public List<DeadLetter> list(@RequestParam(defaultValue = "100") int limit) {
        return inbox.list(Math.clamp(limit, 1, 1000));
    }

    @PostMapping("/{id}/replay")
    public DeadLetter replay(@PathVariable String id) {
        return inbox.replay(id).orElseThrow(() -> new NotFoundException("dead letter", id));
    }
}

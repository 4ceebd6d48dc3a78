package tw.uplift.notification.deadlines.web;

import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.ExtensionDecision;
import tw.uplift.notification.deadlines.ExtensionOutcome;
import tw.uplift.notification.deadlines.ExtensionRequest;
import tw.uplift.notification.deadlines.application.DeadlineExtensions;
import tw.uplift.notification.deadlines.web.DeadlineViews.DeadlineDetail;
import tw.uplift.notification.deadlines.web.DeadlineViews.ExtensionView;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;

/**
 * One deadline with its ladder and extensions ({@code GET /api/deadlines/{id}}), and extensions (展期): the
 * responsible agency asks ({@code POST …/extensions}), the supervising body decides
 * ({@code POST …/extensions/{n}/decision}). Bad input is a 400 naming the field, a broken rule a 409 naming it.
 */
@RestController
@RequestMapping("/api/deadlines/{id}")
class ExtensionController {

    private final AggregateStore store;
    private final DeadlineExtensions extensions;

    ExtensionController(AggregateStore store, DeadlineExtensions extensions) {
        this.store = store;
        this.extensions = extensions;
    }

    @GetMapping
    DeadlineDetail one(@PathVariable String id, CurrentUser user) {
        return DeadlineDetail.of(readable(id, user));
    }

    /**
     * Asks for a new due date.
     *
     * @param dueDate    the new due date
     * @param reason     why
     * @param requestKey optional: the same key again (a double submit) returns the same request
     */
    record RequestBodyForm(LocalDate dueDate, String reason, String requestKey) {
    }

    /**
     * Decides a request.
     *
     * @param decision    {@code APPROVE} or {@code REFUSE}
     * @param grantedDate optional on approval: an earlier date than the one asked for
     * @param reason      why (required to refuse)
     */
    record DecisionForm(String decision, LocalDate grantedDate, String reason) {
    }

    @PostMapping("/extensions")
    ResponseEntity<ExtensionView> request(@PathVariable String id, @RequestBody RequestBodyForm form, CurrentUser user) {
        Deadline d = readable(id, user);
        DeadlineAccess.requireRequest(d, user);
        ExtensionOutcome outcome = extensions.request(id, new ExtensionRequest(blankToNull(form.requestKey()),
                form.dueDate(), form.reason(), user.username()));
        return ResponseEntity.status(outcome.changed() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(ExtensionView.of(outcome.extension()));
    }

    @PostMapping("/extensions/{number}/decision")
    ExtensionView decide(@PathVariable String id, @PathVariable int number, @RequestBody DecisionForm form,
            CurrentUser user) {
        Deadline d = readable(id, user);
        DeadlineAccess.requireDecide(d, user);
        return ExtensionView.of(extensions.decide(id, number, decisionOf(form.decision(), form.grantedDate(),
                form.reason(), user.username())).extension());
    }

    static ExtensionDecision decisionOf(String decision, LocalDate grantedDate, String reason, String by) {
        if (!"APPROVE".equals(decision) && !"REFUSE".equals(decision)) {
            throw InvalidInput.of("decision", "請選擇准予或不准展期 Choose APPROVE or REFUSE");
        }
        boolean approve = "APPROVE".equals(decision);
        return new ExtensionDecision(approve, approve ? grantedDate : null, reason, by);
    }

    private Deadline readable(String id, CurrentUser user) {
        return DeadlineAccess.readable(store.findById(id, Deadline.class)
                .orElseThrow(() -> new NotFoundException("deadline", id)), user);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

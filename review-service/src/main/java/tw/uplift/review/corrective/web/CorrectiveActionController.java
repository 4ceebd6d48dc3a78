package tw.uplift.review.corrective.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.corrective.CorrectiveAction;
import tw.uplift.review.corrective.CorrectiveActions;
import tw.uplift.review.tasks.ReviewTaskService;

/** {@code /api/corrective-actions}: the agency's corrective actions (its body's for a reviewer) and its answers. */
@RestController
@RequestMapping("/api/corrective-actions")
@Tag(name = "corrective actions")
class CorrectiveActionController {

    private final CorrectiveActions actions;
    private final ReviewTaskService tasks;

    CorrectiveActionController(CorrectiveActions actions, ReviewTaskService tasks) {
        this.actions = actions;
        this.tasks = tasks;
    }

    /** {@code POST …/response}: what the agency did (改善情形). */
    record Response(@NotBlank @Size(max = CorrectiveAction.MAX_RESPONSE) String response) {
    }

    @GetMapping
    @Operation(summary = "Corrective actions, the earliest due first: my agency's (agency staff and heads), my body's "
            + "(reviewers), every one (ADMIN)")
    List<CorrectiveActionView> list(CurrentUser user) {
        return actions.visibleTo(user).stream().map(a -> CorrectiveActionView.of(a, tasks.today())).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One corrective action (404 for anyone outside its agency or body)")
    CorrectiveActionView get(@PathVariable String id, CurrentUser user) {
        return CorrectiveActionView.of(actions.get(id, user), tasks.today());
    }

    @PostMapping("/{id}/response")
    @Operation(summary = "The agency answers what it did (agency staff or head of the agency, once; 409 "
            + "already-answered); a reviewer of the body then verifies it")
    CorrectiveActionView respond(@PathVariable String id, @Valid @RequestBody Response request, CurrentUser user) {
        return CorrectiveActionView.of(actions.respond(id, user, request.response()), tasks.today());
    }
}

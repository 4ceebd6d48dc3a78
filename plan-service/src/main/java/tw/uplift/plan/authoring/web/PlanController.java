package tw.uplift.plan.authoring.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.platform.security.CurrentUser;

/** {@code /api/plans}: the agency's plans; reviewers and operators read them. */
@RestController
@RequestMapping("/api/plans")
public class PlanController {

    private final PlanAuthoring authoring;

    public PlanController(PlanAuthoring authoring) {
        this.authoring = authoring;
    }

    @Operation(summary = "Create a draft plan for the caller's agency")
    @PostMapping
    public ResponseEntity<PlanView> create(CurrentUser user, @Valid @RequestBody PlanInput input) {
        Plan plan = authoring.create(user, input.rocYear(), input.title(), input.content());
        return ResponseEntity.created(URI.create("/api/plans/" + plan.getId())).body(PlanView.of(plan));
    }

    @Operation(summary = "The plans the caller may read, newest year first: their agency's (agency staff), those "
            + "submitted to their supervising body (REVIEWER), all (ADMIN/OPS)")
    @GetMapping
    public List<PlanView> list(CurrentUser user) {
        return authoring.list(user).stream().map(PlanView::of).toList();
    }

    @Operation(summary = "One plan: of the caller's agency, submitted to the caller's supervising body (REVIEWER, "
            + "read only), or any (ADMIN/OPS); 404 otherwise")
    @GetMapping("/{planId}")
    public PlanView get(CurrentUser user, @PathVariable String planId) {
        return PlanView.of(authoring.get(user, planId));
    }

    @Operation(summary = "Replace a draft or returned plan's title and content")
    @PutMapping("/{planId}")
    public PlanView revise(CurrentUser user, @PathVariable String planId, @Valid @RequestBody PlanInput input) {
        return PlanView.of(authoring.revise(user, planId, input.title(), input.content()));
    }

    @Operation(summary = "Submit the plan for review (送審)")
    @PostMapping("/{planId}/submit")
    public PlanView submit(CurrentUser user, @PathVariable String planId) {
        return PlanView.of(authoring.submit(user, planId));
    }

    @Operation(summary = "Mark a measure of an approved plan completed")
    @PostMapping("/{planId}/measures/{measureId}/complete")
    public PlanView complete(CurrentUser user, @PathVariable String planId, @PathVariable String measureId) {
        return PlanView.of(authoring.completeMeasure(user, planId, measureId));
    }
}

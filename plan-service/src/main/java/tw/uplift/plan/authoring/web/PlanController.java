package tw.uplift.plan.authoring.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.PlanHistoryEntry;
import tw.uplift.plan.authoring.PlanRevision;
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
        Plan plan = authoring.create(user, input.rocYear(), input.draft());
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
        return PlanView.of(authoring.revise(user, planId, input.draft()));
    }

    @Operation(summary = "Submit the plan (送審): an AGENCY_HEAD submits it to the supervising body; AGENCY_STAFF ask "
            + "their head to confirm (the plan then waits as AWAITING_HEAD)")
    @PostMapping("/{planId}/submit")
    public PlanView submit(CurrentUser user, @PathVariable String planId) {
        return PlanView.of(authoring.submit(user, planId));
    }

    /** Why the head sends a plan back. */
    public record SendBackInput(@NotBlank @Size(max = 2000) String reason) {
    }

    @Operation(summary = "The AGENCY_HEAD does not confirm the submission and sends the plan back to the clerk")
    @PostMapping("/{planId}/send-back")
    public PlanView sendBack(CurrentUser user, @PathVariable String planId, @Valid @RequestBody SendBackInput input) {
        return PlanView.of(authoring.sendBack(user, planId, input.reason()));
    }

    @Operation(summary = "Amend the approved plan during the year (計畫修正): a new revision, PlanAmended re-registers "
            + "its deadlines")
    @PutMapping("/{planId}/amendment")
    public PlanView amend(CurrentUser user, @PathVariable String planId, @Valid @RequestBody PlanInput input) {
        return PlanView.of(authoring.amend(user, planId, input.draft()));
    }

    @Operation(summary = "The AGENCY_HEAD hands in the year's results for the annual review (提報年度執行成果)")
    @PostMapping("/{planId}/results")
    public PlanView submitResults(CurrentUser user, @PathVariable String planId) {
        return PlanView.of(authoring.submitResults(user, planId));
    }

    @Operation(summary = "Copy the plan into next year's draft, unfinished measures marked as carried over")
    @PostMapping("/{planId}/next-year")
    public ResponseEntity<PlanView> copyToNextYear(CurrentUser user, @PathVariable String planId) {
        Plan next = authoring.copyToNextYear(user, planId);
        return ResponseEntity.created(URI.create("/api/plans/" + next.getId())).body(PlanView.of(next));
    }

    @Operation(summary = "Every submitted or amended revision, as it was, with its outcome and comments")
    @GetMapping("/{planId}/revisions")
    public List<PlanRevision> revisions(CurrentUser user, @PathVariable String planId) {
        return authoring.get(user, planId).getRevisions();
    }

    @Operation(summary = "What changed between two revisions (0 = the current text), and which review comments of "
            + "the older revision each change answers")
    @GetMapping("/{planId}/changes")
    public RevisionComparison changes(CurrentUser user, @PathVariable String planId, @RequestParam int from,
            @RequestParam(defaultValue = "0") int to) {
        return RevisionComparison.of(authoring.get(user, planId), from, to);
    }

    @Operation(summary = "Who did what to the plan, oldest first (歷程)")
    @GetMapping("/{planId}/history")
    public List<PlanHistoryEntry> history(CurrentUser user, @PathVariable String planId) {
        return authoring.get(user, planId).getHistory();
    }

    @Operation(summary = "Mark a measure of an approved plan completed")
    @PostMapping("/{planId}/measures/{measureId}/complete")
    public PlanView complete(CurrentUser user, @PathVariable String planId, @PathVariable String measureId) {
        return PlanView.of(authoring.completeMeasure(user, planId, measureId));
    }
}

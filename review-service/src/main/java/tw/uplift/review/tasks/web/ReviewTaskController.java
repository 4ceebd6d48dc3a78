package tw.uplift.review.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.tasks.DeskFilter;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.revisions.RevisionChanges;

/**
 * {@code /api/review-tasks}: a reviewer's desk and their body's (every body for an admin), one task with its history,
 * and what can be done to it: claim, give back, reassign, cancel, set a follow-up date, decide.
 */
@RestController
@RequestMapping("/api/review-tasks")
@Tag(name = "review tasks")
class ReviewTaskController {

    private final ReviewTaskService tasks;

    ReviewTaskController(ReviewTaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "A desk: MINE (default for a REVIEWER: assigned to me), GROUP (my body's candidate group, "
            + "nobody holds them) or BODY (all of my body's; every body for an ADMIN, the default for an ADMIN); "
            + "optionally one kind and OPEN/CLOSED. Open ones first by due date (overdue first, no due date last), "
            + "then closed ones, most recent first. Without content")
    List<ReviewTaskView> list(CurrentUser user, @RequestParam(required = false) DeskFilter.Scope scope,
            @RequestParam(required = false) ReviewTaskKind kind,
            @RequestParam(required = false) DeskFilter.State state) {
        DeskFilter.Scope shown = scope != null ? scope
                : user.has(Role.ADMIN) ? DeskFilter.Scope.BODY : DeskFilter.Scope.MINE;
        LocalDate today = tasks.today();
        return tasks.desk(user, new DeskFilter(shown, kind, state)).stream()
                .map(t -> ReviewTaskView.summaryOf(t, today)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with its history and the submitted plan content under review; a reviewer of the "
            + "task's body or an ADMIN sees it (404 otherwise)")
    ReviewTaskView get(@PathVariable String id, CurrentUser user) {
        return view(tasks.get(id, user));
    }

    @GetMapping("/{id}/changes")
    @Operation(summary = "The change view of a resubmitted plan: each measure added, removed, changed (which fields, "
            + "before and after) or unchanged since the previous decided round, with that round's comments on it; "
            + "404 for a first submission or another kind")
    RevisionChanges changes(@PathVariable String id, CurrentUser user) {
        return tasks.changes(tasks.get(id, user))
                .orElseThrow(() -> new NotFoundException("earlier round of review task", id));
    }

    @PostMapping("/{id}/claim")
    @Operation(summary = "Take the task up (認領): my own, or one from my body's candidate group if I may review the "
            + "agency (409 conflict-of-interest otherwise)")
    ReviewTaskView claim(@PathVariable String id, CurrentUser user) {
        return view(tasks.claim(id, user));
    }

    @PostMapping("/{id}/unclaim")
    @Operation(summary = "Give my task back to the body's candidate group")
    ReviewTaskView unclaim(@PathVariable String id, @Valid @RequestBody(required = false) TaskRequests.Unclaim request,
            CurrentUser user) {
        return view(tasks.unclaim(id, user, request == null ? null : request.note()));
    }

    @PostMapping("/{id}/reassign")
    @Operation(summary = "Give the task to another reviewer of the body, with a reason (the body's lead or an ADMIN); "
            + "never to a reviewer with a conflict of interest (400 naming assignee)")
    ReviewTaskView reassign(@PathVariable String id, @Valid @RequestBody TaskRequests.Reassign request,
            CurrentUser user) {
        return view(tasks.reassign(id, user, request.assignee(), request.reason()));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Withdraw the task, with a reason (the body's lead or an ADMIN)")
    ReviewTaskView cancel(@PathVariable String id, @Valid @RequestBody TaskRequests.Cancel request, CurrentUser user) {
        return view(tasks.cancel(id, user, request.reason()));
    }

    @PutMapping("/{id}/follow-up")
    @Operation(summary = "Set (or clear with null) the day to look at the task again; its assignee or the body's lead")
    ReviewTaskView followUp(@PathVariable String id, @Valid @RequestBody TaskRequests.FollowUp request,
            CurrentUser user) {
        return view(tasks.followUpOn(id, user, request.date()));
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Approve, or return with comments per item; only the assigned reviewer, only once")
    ReviewTaskView decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request, CurrentUser user) {
        return view(tasks.decide(id, user, request.decision(), request.itemComments()));
    }

    private ReviewTaskView view(ReviewTask task) {
        return ReviewTaskView.of(task, tasks.today());
    }
}

package tw.uplift.review.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.review.ReviewTaskKind;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.inspection.Finding;
import tw.uplift.review.inspection.SampleRequest;
import tw.uplift.review.tasks.ReviewTask;
import tw.uplift.review.tasks.ReviewTaskService;
import tw.uplift.review.tasks.checks.RoutineChecks;

/**
 * Routine checks (平時查核) over the API: the approved plans a body may check, opening a check, drawing its sample
 * and recording its findings.
 */
@RestController
@Tag(name = "routine checks")
class RoutineCheckController {

    private final RoutineChecks checks;
    private final ReviewTaskService tasks;

    RoutineCheckController(RoutineChecks checks, ReviewTaskService tasks) {
        this.checks = checks;
        this.tasks = tasks;
    }

    /**
     * An approved plan a check may look at.
     *
     * @param openCheckId the plan's open routine check, or null
     */
    record ApprovedPlan(String planId, String title, String agencyId, String agencyName, Integer rocYear,
            int revision, Instant approvedAt, String openCheckId) {
    }

    /** {@code POST /api/routine-checks}: which plan, why, and by when (optional). */
    record OpenCheck(@NotBlank @Size(max = 200) String planId, @Size(max = ReviewTask.MAX_REASON) String reason,
            LocalDate dueDate) {
    }

    /** {@code POST …/findings}: one finding per sampled measure. */
    record Findings(@NotNull @Size(max = 500) List<@NotNull @Valid Finding> findings) {
    }

    /**
     * {@code POST …/verification}: accept the agency's answer, or reject it with what is still to be done and by
     * when.
     */
    record Verification(@NotNull Boolean accepted, @NotBlank @Size(max = ReviewTask.MAX_REASON) String reason,
            @Size(max = Finding.MAX_TEXT) String correctiveAction, LocalDate actionDueDate) {
    }

    @PostMapping("/api/review-tasks/{id}/verification")
    @Operation(summary = "Verify the agency's answer to a corrective action (the assignee of the verification task): "
            + "accepted, or rejected with correctiveAction and actionDueDate (problems name verification.*), which "
            + "raises a new corrective action")
    ReviewTaskView verify(@PathVariable String id, @Valid @RequestBody Verification request, CurrentUser user) {
        return view(checks.verify(id, user, request.accepted(), request.reason(), request.correctiveAction(),
                request.actionDueDate()));
    }

    @GetMapping("/api/routine-checks/plans")
    @Operation(summary = "The latest approved revision of each plan of my body (every body for an ADMIN), with its "
            + "open routine check if any")
    List<ApprovedPlan> plans(CurrentUser user) {
        List<ReviewTask> approved = tasks.approvedPlans(user);
        Map<String, String> openChecks = tasks.openAbout(ReviewTaskKind.ROUTINE_CHECK,
                approved.stream().map(ReviewTask::subjectId).toList());
        return approved.stream().map(a -> new ApprovedPlan(a.subjectId(), a.subjectTitle(), a.agencyId(),
                a.agencyName(), a.rocYear(), a.revision(), a.decidedAt(), openChecks.get(a.subjectId()))).toList();
    }

    @PostMapping("/api/routine-checks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open a routine check of a plan my body approved; the assignment rule picks the reviewer "
            + "(409 check-open when the plan has an open check)")
    ReviewTaskView open(@Valid @RequestBody OpenCheck request, CurrentUser user) {
        return view(checks.open(user, request.planId(), request.reason(), request.dueDate()));
    }

    @PostMapping("/api/review-tasks/{id}/sample")
    @Operation(summary = "Draw the check's sample (the assignee): RANDOM (size in all), STRATIFIED (size per "
            + "dimension) from a seed (a new one when none is given; the sample records it), or HAND_PICKED measures")
    ReviewTaskView sample(@PathVariable String id, @Valid @RequestBody SampleRequest request, CurrentUser user) {
        return view(checks.drawSample(id, user, request));
    }

    @PostMapping("/api/review-tasks/{id}/findings")
    @Operation(summary = "Record one finding per sampled measure and complete the check (the assignee): RELEASE "
            + "(解除列管), KEEP_TRACKED (持續列管) or CORRECTIVE_ACTION with what to correct and by when; a reason "
            + "always")
    ReviewTaskView findings(@PathVariable String id, @Valid @RequestBody Findings request, CurrentUser user) {
        return view(checks.record(id, user, request.findings()));
    }

    private ReviewTaskView view(ReviewTask task) {
        return ReviewTaskView.of(task, tasks.today());
    }
}

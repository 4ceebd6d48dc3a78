package tw.uplift.review.tasks.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.tasks.ReviewTaskService;

/** {@code /api/review-tasks}: the reviewer's inbox (all tasks for an admin), one task, its decision. */
@RestController
@RequestMapping("/api/review-tasks")
@Tag(name = "review tasks")
class ReviewTaskController {

    private final ReviewTaskService tasks;

    ReviewTaskController(ReviewTaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping
    @Operation(summary = "Tasks assigned to me (REVIEWER): open ones first by due date (overdue first, no due date "
            + "last), then decided ones, most recent first; or all tasks (ADMIN), newest first. Without content")
    List<ReviewTaskView> list(CurrentUser user) {
        LocalDate today = tasks.today();
        return tasks.list(user).stream().map(t -> ReviewTaskView.summaryOf(t, today)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One task with the submitted plan content under review; only its assignee or an ADMIN sees "
            + "it (404 otherwise)")
    ReviewTaskView get(@PathVariable String id, CurrentUser user) {
        return ReviewTaskView.of(tasks.get(id, user), tasks.today());
    }

    @PostMapping("/{id}/decision")
    @Operation(summary = "Approve, or return with comments per item; only the assigned reviewer, only once")
    ReviewTaskView decide(@PathVariable String id, @Valid @RequestBody DecisionRequest request, CurrentUser user) {
        return ReviewTaskView.of(tasks.decide(id, user, request.decision(), request.itemComments()), tasks.today());
    }
}

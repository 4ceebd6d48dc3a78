package tw.uplift.review.assignment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.assignment.ReviewerLoads;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.reviewers.Reviewers;

/** {@code /api/reviewers}: the reviewer pool with each reviewer's load (open tasks); all for an admin, a reviewer's own body. */
@RestController
@RequestMapping("/api/reviewers")
@Tag(name = "reviewers")
class ReviewerController {

    private final Reviewers reviewers;
    private final ReviewerLoads loads;

    ReviewerController(Reviewers reviewers, ReviewerLoads loads) {
        this.reviewers = reviewers;
        this.loads = loads;
    }

    /** A reviewer and their current load. */
    record ReviewerView(String id, String name, String bodyId, String homeAgencyId, long openTasks) {
    }

    @GetMapping
    @Operation(summary = "Reviewers with their open tasks: all (ADMIN) or those of the caller's body (REVIEWER)")
    List<ReviewerView> list(CurrentUser user) {
        List<Reviewer> pool = user.has(Role.ADMIN) ? reviewers.all() : reviewers.ofBody(user.requireBody());
        Map<String, Long> open = loads.of(pool.stream().map(Reviewer::id).toList());
        return pool.stream().map(r -> new ReviewerView(r.id(), r.name(), r.bodyId(), r.homeAgencyId(),
                open.getOrDefault(r.id(), 0L))).toList();
    }
}

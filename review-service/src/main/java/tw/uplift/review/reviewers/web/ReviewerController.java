package tw.uplift.review.reviewers.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.reviewers.ReviewerLoads;
import tw.uplift.review.reviewers.Availability;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.reviewers.ReviewerProfile;
import tw.uplift.review.reviewers.ReviewerRegistry;

/**
 * {@code /api/reviewers}: the reviewer pool with each reviewer's load (open tasks) — every body's for an admin, the
 * caller's body's for a reviewer — and its edits, by an admin or the body's lead.
 */
@RestController
@RequestMapping("/api/reviewers")
@Tag(name = "reviewers")
class ReviewerController {

    private final ReviewerRegistry registry;
    private final ReviewerLoads loads;

    ReviewerController(ReviewerRegistry registry, ReviewerLoads loads) {
        this.registry = registry;
        this.loads = loads;
    }

    /** A reviewer, their availability and their current load. */
    record ReviewerView(String id, String name, String bodyId, String homeAgencyId, boolean lead, boolean active,
            Set<String> covers, LocalDate awayFrom, LocalDate awayTo, String delegateId, long openTasks) {

        static ReviewerView of(Reviewer r, long openTasks) {
            return new ReviewerView(r.id(), r.name(), r.bodyId(), r.homeAgencyId(), r.lead(), r.active(), r.covers(),
                    r.availability().awayFrom(), r.availability().awayTo(), r.availability().delegateId(), openTasks);
        }
    }

    /**
     * What an edit sends: everything but the body and the availability. {@code lead} and {@code active} may be left
     * out (unchanged); {@code covers} left out or empty means the whole body.
     */
    record ProfileRequest(String name, String homeAgencyId, Boolean lead, Boolean active, List<String> covers) {
    }

    /** Away from–to (both included, Taipei days; both empty when not away) and the delegate (代理人). */
    record AvailabilityRequest(LocalDate awayFrom, LocalDate awayTo, String delegateId) {
    }

    @GetMapping
    @Operation(summary = "Reviewers with their open tasks: all (ADMIN) or those of the caller's body (REVIEWER)")
    List<ReviewerView> list(CurrentUser user) {
        List<Reviewer> pool = registry.list(user);
        Map<String, Long> open = loads.of(pool.stream().map(Reviewer::id).toList());
        return pool.stream().map(r -> ReviewerView.of(r, open.getOrDefault(r.id(), 0L))).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One reviewer of the caller's body (any for ADMIN); 404 for another body's")
    ReviewerView get(@PathVariable String id, CurrentUser user) {
        return view(registry.get(id, user));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a reviewer (ADMIN, or the lead of their body; only ADMIN changes who leads)")
    ReviewerView change(@PathVariable String id, @RequestBody(required = false) ProfileRequest request,
            CurrentUser user) {
        if (request == null) {
            throw InvalidInput.of("body", "send the reviewer as JSON");
        }
        Reviewer current = registry.get(id, user);
        ReviewerProfile profile = new ReviewerProfile(request.name(), request.homeAgencyId(),
                request.lead() == null ? current.lead() : request.lead(),
                request.active() == null ? current.active() : request.active(),
                request.covers() == null ? Set.of() : Set.copyOf(request.covers().stream()
                        .filter(a -> a != null && !a.isBlank()).map(String::strip).toList()));
        return view(registry.changeProfile(id, user, profile));
    }

    @PutMapping("/{id}/availability")
    @Operation(summary = "Set when a reviewer is away and their delegate (ADMIN, or the lead of their body)")
    ReviewerView changeAvailability(@PathVariable String id,
            @RequestBody(required = false) AvailabilityRequest request, CurrentUser user) {
        AvailabilityRequest given = request == null ? new AvailabilityRequest(null, null, null) : request;
        return view(registry.changeAvailability(id, user,
                new Availability(given.awayFrom(), given.awayTo(), given.delegateId())));
    }

    private ReviewerView view(Reviewer reviewer) {
        return ReviewerView.of(reviewer, loads.of(List.of(reviewer.id())).getOrDefault(reviewer.id(), 0L));
    }
}

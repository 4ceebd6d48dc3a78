package tw.uplift.notification.deadlines.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.LadderStep;
import tw.uplift.notification.deadlines.StepState;
import tw.uplift.notification.deadlines.StepType;
import tw.uplift.notification.deadlines.application.DeadlineQueries;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

@RestController
@RequestMapping("/api/deadlines")
class DeadlineController {

    private final DeadlineQueries queries;

    DeadlineController(DeadlineQueries queries) {
        this.queries = queries;
    }

    /** A plan's deadlines: agency users see only their agency's, reviewers their body's. */
    @GetMapping
    List<DeadlineView> ofPlan(@RequestParam String planId, CurrentUser user) {
        List<Deadline> found;
        if (user.isAgencyUser()) {
            found = queries.ofPlan(planId, user.requireAgency(), null);
        } else if (user.has(Role.REVIEWER)) {
            found = queries.ofPlan(planId, null, user.requireBody());
        } else {
            user.requireAny(Role.ADMIN, Role.OPS);
            found = queries.ofPlan(planId, null, null);
        }
        return found.stream().map(DeadlineView::of).toList();
    }

    record StepView(String key, StepType type, Instant at, StepState state, Instant firedAt) {

        static StepView of(LadderStep s) {
            return new StepView(s.key(), s.type(), s.at(), s.state(), s.firedAt());
        }
    }

    record DeadlineView(String id, TrackedItemKind kind, String itemId, String planId, String agencyId, String title,
            LocalDate dueDate, String period, DeadlineStatus status, boolean overdue, Instant nextStepAt,
            List<StepView> steps) {

        static DeadlineView of(Deadline d) {
            return new DeadlineView(d.getId(), d.kind(), d.itemId(), d.planId(), d.agencyId(), d.title(), d.dueDate(),
                    d.period().map(Object::toString).orElse(null), d.status(), d.isOverdue(),
                    d.nextStepAt().orElse(null), d.steps().stream().map(StepView::of).toList());
        }
    }
}

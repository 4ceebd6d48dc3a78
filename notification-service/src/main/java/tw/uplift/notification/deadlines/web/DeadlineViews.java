package tw.uplift.notification.deadlines.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.Extension;
import tw.uplift.notification.deadlines.ExtensionStatus;
import tw.uplift.notification.deadlines.LadderStep;
import tw.uplift.notification.deadlines.StepState;
import tw.uplift.notification.deadlines.StepType;

/** What the API and the pages show of a deadline: its ladder step by step and its extensions. Public for SpEL. */
public final class DeadlineViews {

    private DeadlineViews() {
    }

    public record StepView(String key, StepType type, EscalationLevel escalatedTo, int days, Instant at,
            StepState state, Instant firedAt) {

        static StepView of(LadderStep s) {
            return new StepView(s.key(), s.type(), s.type() == StepType.ESCALATION ? s.level() : null, s.days(), s.at(),
                    s.state(), s.firedAt());
        }
    }

    public record ExtensionView(int number, LocalDate dueDateBefore, LocalDate requestedDate, String reason,
            String requestedBy, Instant requestedAt, ExtensionStatus status, LocalDate grantedDate,
            String decisionReason, String decidedBy, Instant decidedAt) {

        static ExtensionView of(Extension e) {
            return new ExtensionView(e.number(), e.dueDateBefore(), e.requestedDate(), e.reason(), e.requestedBy(),
                    e.requestedAt(), e.status(), e.grantedDate(), e.decisionReason(), e.decidedBy(), e.decidedAt());
        }
    }

    /** One deadline in full. */
    public record DeadlineDetail(String id, TrackedItemKind kind, String itemId, String planId, String agencyId,
            String supervisingBodyId, String title, LocalDate dueDate, LocalDate plannedDueDate, String period,
            DeadlineStatus status, boolean overdue, Instant nextStepAt, boolean extendable, List<StepView> steps,
            List<ExtensionView> extensions) {

        static DeadlineDetail of(Deadline d) {
            return new DeadlineDetail(d.getId(), d.kind(), d.itemId(), d.planId(), d.agencyId(), d.supervisingBodyId(),
                    d.title(), d.dueDate(), d.plannedDueDate(), d.period().map(Object::toString).orElse(null),
                    d.status(), d.isOverdue(), d.nextStepAt().orElse(null), d.isExtendable(),
                    d.steps().stream().map(StepView::of).toList(),
                    d.extensions().stream().map(ExtensionView::of).toList());
        }
    }
}

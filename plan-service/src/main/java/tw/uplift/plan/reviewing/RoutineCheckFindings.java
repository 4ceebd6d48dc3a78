package tw.uplift.plan.reviewing;

import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.review.CorrectiveActionRequired;
import tw.uplift.contracts.review.CorrectiveActionResponded;
import tw.uplift.contracts.review.MeasureTrackingDecided;
import tw.uplift.plan.authoring.CorrectiveAction;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.TrackingDecision;
import tw.uplift.platform.outbox.AggregateStore;

/**
 * What a routine check (平時查核) found reaches the measures it is about: the reviewer's verdict (解除列管 / 持續列管)
 * and the corrective actions (改善事項) raised, open until the agency answers them. The plan keeps the latest verdict
 * per measure and puts each action together from whichever of its events arrive, so redelivered and reordered
 * events change nothing.
 */
@Service
public class RoutineCheckFindings {

    private static final Logger log = LoggerFactory.getLogger(RoutineCheckFindings.class);

    private final AggregateStore store;

    public RoutineCheckFindings(AggregateStore store) {
        this.store = store;
    }

    public void trackingDecided(MeasureTrackingDecided decided) {
        if (decided.measureId() == null || decided.verdict() == null || decided.decidedAt() == null) {
            log.warn("verdict of check {} names no measure, verdict or time; ignored", decided.taskId());
            return;
        }
        TrackingDecision decision = new TrackingDecision(decided.measureId(), decided.verdict(), decided.reason(),
                decided.reviewerId(), decided.decidedAt(), decided.taskId());
        CorrectiveAction raised = decided.correctiveActionId() == null ? null
                : CorrectiveAction.raised(decided.correctiveActionId(), decided.measureId(),
                        decided.correctiveAction(), decided.actionDueDate());
        onPlan(decided.planId(), plan -> plan.decideTracking(decision, raised));
    }

    public void correctionRequired(CorrectiveActionRequired required) {
        onPlan(required.planId(), plan -> plan.requireCorrection(required.actionId(), required.measureId(),
                required.finding(), required.dueDate(), required.requiredAt()));
    }

    public void correctionAnswered(CorrectiveActionResponded responded) {
        onPlan(responded.planId(), plan -> plan.correctionAnswered(responded.actionId(), responded.respondedAt()));
    }

    /** A finding about no plan, or about one this service does not hold, is not the plans' business. */
    private void onPlan(String planId, Function<Plan, Boolean> change) {
        if (planId == null) {
            return;
        }
        if (store.update(planId, Plan.class, change).isEmpty()) {
            log.warn("finding on unknown plan {} ignored", planId);
        }
    }
}

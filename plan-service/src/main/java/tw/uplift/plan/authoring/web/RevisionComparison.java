package tw.uplift.plan.authoring.web;

import java.util.List;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanChanges;
import tw.uplift.plan.authoring.PlanRevision;
import tw.uplift.plan.authoring.PlanText;
import tw.uplift.platform.domain.InvalidInput;

/**
 * Two revisions of a plan compared (修正對照表): what changed, and how each review comment on the older one was
 * answered.
 *
 * @param from     the older revision's number
 * @param to       the newer revision's number, 0 for the text as it stands
 * @param summary  the changes in words
 * @param changes  what changed
 * @param comments the older revision's review comments with the changes that answer them
 */
public record RevisionComparison(int from, int to, String summary, PlanChanges changes,
        List<PlanChanges.AnsweredComment> comments) {

    public static RevisionComparison of(Plan plan, int from, int to) {
        PlanRevision older = plan.revision(from)
                .orElseThrow(() -> InvalidInput.of("from", "the plan has no revision " + from));
        PlanText newer = to == 0 ? plan.getText() : plan.revision(to)
                .orElseThrow(() -> InvalidInput.of("to", "the plan has no revision " + to)).text();
        if (to != 0 && to <= from) {
            throw InvalidInput.of("to", "compare an older revision (from) with a newer one (to); " + to + " is not "
                    + "after " + from);
        }
        PlanChanges changes = PlanChanges.between(older.text(), newer);
        return new RevisionComparison(from, to, changes.summary(), changes, changes.answering(older.comments()));
    }
}

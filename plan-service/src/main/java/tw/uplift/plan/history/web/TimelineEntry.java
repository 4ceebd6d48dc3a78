package tw.uplift.plan.history.web;

import java.time.Instant;
import java.util.List;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanHistoryEntry;
import tw.uplift.plan.authoring.PlanHistoryEntry.Action;
import tw.uplift.plan.authoring.PlanRevision;

/**
 * One step of a plan's history (歷程) as the revisions page shows it: when, who, what, and what the note says in the
 * viewer's words where the page can say it (the comments of a return, the change view of a resubmission or an
 * amendment) or as written (a head's reason, a measure's label, an amendment's summary).
 *
 * @param actor     the user, or the reviewer's id for what came from the review (see {@code byReview})
 * @param byReview  whether it came from the supervising body's review
 * @param bySystem  whether Uplift did it (publishing on approval)
 * @param note      the note as written, or null
 * @param noteKey   a message saying the note in the viewer's words (with {@code noteArg}), or null
 * @param href      a page the step links to (the change view, the public page, the plan copied from), or null
 * @param hrefKey   the link's text
 */
public record TimelineEntry(Instant at, String actor, boolean byReview, boolean bySystem, Action action, int revision,
        String note, String noteKey, Object noteArg, String href, String hrefKey) {

    private static final String REVIEW_PREFIX = "review:";
    private static final String SYSTEM = "uplift";

    /** The plan's history, oldest first. */
    public static List<TimelineEntry> of(Plan plan) {
        return plan.getHistory().stream().map(e -> of(plan, e)).toList();
    }

    private static TimelineEntry of(Plan plan, PlanHistoryEntry e) {
        String actor = e.actor() == null ? "" : e.actor();
        boolean byReview = actor.startsWith(REVIEW_PREFIX);
        String who = byReview ? actor.substring(REVIEW_PREFIX.length()) : actor;
        String changes = "/plans/" + plan.getId() + "/changes?from=" + (e.revision() - 1) + "&to=" + e.revision();
        return switch (e.action()) {
            case COPIED -> new TimelineEntry(e.at(), who, byReview, false, e.action(), e.revision(), null,
                    "history.note.copiedFrom", plan.getRocYear() - 1, "/plans/" + plan.getCopiedFromPlanId(),
                    "history.note.copiedFrom.link");
            case RETURNED -> new TimelineEntry(e.at(), who, byReview, false, e.action(), e.revision(), null,
                    "history.note.comments", plan.revision(e.revision()).map(PlanRevision::comments).map(List::size)
                            .orElse(0), null, null);
            case PUBLISHED -> new TimelineEntry(e.at(), who, byReview, SYSTEM.equals(actor), e.action(), e.revision(),
                    null, null, null, "/public/plans/" + plan.getId(), "history.note.publicPage");
            case SUBMITTED, AMENDED -> new TimelineEntry(e.at(), who, byReview, false, e.action(), e.revision(),
                    e.action() == Action.AMENDED ? e.note() : null, null, null,
                    e.revision() > 1 ? changes : null, "history.note.changes");
            default -> new TimelineEntry(e.at(), who, byReview, SYSTEM.equals(actor), e.action(), e.revision(), e.note(),
                    null, null, null, null);
        };
    }
}

package tw.uplift.notification.deadlines.application;

import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.Obligation;
import tw.uplift.notification.deadlines.Owed;
import tw.uplift.notification.deadlines.Parties;
import tw.uplift.notification.deadlines.TrackedItem;
import tw.uplift.notification.deadlines.TrackedPlan;
import tw.uplift.notification.deadlines.persistence.PlanTracks;
import tw.uplift.platform.events.EventPosition;

/**
 * A satisfaction survey's close date (滿意度調查截止), tracked for its agency from the opening until it closes:
 * reminders before it (its ladder has no escalation unless configured). The events are the survey's own, so
 * their position in its history keeps a late replay of the opening from reopening a closed one; a survey opened
 * again with another close date moves the steps still to come.
 */
public class SurveyDeadlines {

    private final DeadlineTracker tracker;
    private final PlanTracks plans;

    public SurveyDeadlines(DeadlineTracker tracker, PlanTracks plans) {
        this.tracker = tracker;
        this.plans = plans;
    }

    /**
     * Due on the Taipei date of {@code closesAt}. A survey without a close date, or without an agency, has
     * nothing to chase. The supervising body (who decides extensions) is the linked plan's, when it is known.
     */
    public void opened(SurveyOpened survey, EventPosition position) {
        if (survey.closesAt() == null || survey.agencyId() == null) {
            return;
        }
        String body = survey.planId() == null ? null
                : plans.find(survey.planId()).map(TrackedPlan::supervisingBodyId).orElse(null);
        TrackedItem item = TrackedItem.surveyClose(survey.surveyId(), survey.planId());
        String title = "滿意度調查截止：" + (survey.title() == null ? survey.surveyId() : survey.title());
        tracker.revise(new Owed(Obligation.dated(item, Parties.ofAgency(survey.agencyId(), body), title,
                TaipeiTime.dateOf(survey.closesAt())), position));
    }

    /** Closed (by its agency, or by itself at its close time): done. */
    public void closed(SurveyClosed survey, EventPosition position) {
        tracker.close(Deadline.idOfSurveyClose(survey.surveyId()), DeadlineStatus.DONE, position);
    }
}

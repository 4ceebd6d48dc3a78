package tw.uplift.survey.results;

import java.time.Clock;
import org.springframework.stereotype.Service;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.web.NotFoundException;
import tw.uplift.platform.web.RuleViolationException;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDesign;
import tw.uplift.survey.design.SurveyStatus;

/** Reads a survey's results, and closes a survey with its final results (SurveyClosed, SurveyResultsPublished). */
@Service
public class ResultsPublishing {

    private final SurveyDesign design;
    private final AggregateStore store;
    private final TallyStore tallies;
    private final Clock clock;

    public ResultsPublishing(SurveyDesign design, AggregateStore store, TallyStore tallies, Clock clock) {
        this.design = design;
        this.store = store;
        this.tallies = tallies;
        this.clock = clock;
    }

    public SurveyResults results(CurrentUser user, String surveyId) {
        Survey survey = design.get(user, surveyId);
        return SurveyResults.of(survey, tallies.find(surveyId));
    }

    /**
     * Closes the running aggregate first (from then on answers are refused, so the numbers cannot move), then
     * the survey with those final numbers. If the second step fails, the survey still says OPEN but takes no
     * answers; closing again finishes it.
     */
    public SurveyResults close(CurrentUser user, String surveyId) {
        Survey survey = design.get(user, surveyId);
        if (survey.status() != SurveyStatus.OPEN) {
            throw new RuleViolationException("survey-not-open", "status",
                    "only an OPEN survey can be closed; this one is " + survey.status());
        }
        Tally finalTally = tallies.close(surveyId);
        SurveyResults results = SurveyResults.of(survey, finalTally);
        Survey closed = store.update(surveyId, Survey.class, s -> s.close(results.n(), results.csat(), clock))
                .orElseThrow(() -> new NotFoundException("survey", surveyId));
        return SurveyResults.of(closed, finalTally);
    }
}

package tw.uplift.survey.results;

import java.time.Clock;
import org.springframework.stereotype.Service;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDesign;

/** Reads a survey's results, and closes a survey with its final results (SurveyClosed, SurveyResultsPublished). */
@Service
public class ResultsPublishing {

    private final SurveyDesign design;
    private final TallyStore tallies;
    private final Clock clock;

    public ResultsPublishing(SurveyDesign design, TallyStore tallies, Clock clock) {
        this.design = design;
        this.tallies = tallies;
        this.clock = clock;
    }

    public SurveyResults results(CurrentUser user, String surveyId) {
        return tallies.results(design.get(user, surveyId));
    }

    /**
     * Closes the survey with its final numbers. The survey decides: a CLOSED one stays as it is (the results it
     * published stand), a DRAFT one is refused. Only an OPEN one stops its running aggregate first (from then on
     * answers are refused, so the numbers cannot move) and then closes with those numbers. If saving the survey
     * fails after that, it still says OPEN but takes no answers; closing again finishes it (stopping an already
     * stopped aggregate just reads it again, which is also why a retried update may ask for it twice).
     */
    public SurveyResults close(CurrentUser user, String surveyId) {
        Survey survey = design.change(user, surveyId, s -> {
            s.close(() -> tallies.finalCount(s), clock);
            return s;
        });
        return tallies.results(survey);
    }
}

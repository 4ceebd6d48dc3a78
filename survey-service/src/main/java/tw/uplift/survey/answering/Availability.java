package tw.uplift.survey.answering;

import java.time.Instant;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;

/**
 * What a citizen finds at a survey's public address at one moment: its form, or why there is none.
 *
 * @param phase    whether it takes answers now
 * @param survey   the survey; null while it is not open yet (a draft's title and questions may still change, so the
 *                 public sees none of them)
 * @param closedOn when it stopped taking answers (its closing, or its closing time when the worker has not closed
 *                 it yet); null unless CLOSED
 */
public record Availability(Phase phase, Survey survey, Instant closedOn) {

    public enum Phase {
        /** Takes answers. */
        OPEN,
        /** Still a draft: the agency has not opened it. */
        NOT_YET_OPEN,
        /** Closed by hand or past its closing time. */
        CLOSED
    }

    static Availability of(Survey survey, Instant now) {
        if (survey.status() == SurveyStatus.DRAFT) {
            return new Availability(Phase.NOT_YET_OPEN, null, null);
        }
        if (survey.acceptsAnswersAt(now)) {
            return new Availability(Phase.OPEN, survey, null);
        }
        Instant closedOn = survey.closedAt() != null ? survey.closedAt() : survey.closesAt();
        return new Availability(Phase.CLOSED, survey, closedOn);
    }
}

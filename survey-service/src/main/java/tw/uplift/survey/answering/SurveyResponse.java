package tw.uplift.survey.answering;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One citizen's anonymous response: the answers and the minute it arrived. Nothing about who sent it (no IP, no
 * user agent, no cookie). Its id is the receipt id, derived from the client's {@code Idempotency-Key} when there
 * is one, so a retried POST hits the unique {@code _id}.
 *
 * @param id         the receipt id
 * @param surveyId   the survey
 * @param segment    the segment (分眾) whose link it came by, or null
 * @param answers    the checked answers
 * @param receivedAt when, to the minute
 * @param counted    set once the answers are in the survey's running aggregate; a response left uncounted (the
 *                   client got no 202 and did not retry) is not part of any result
 */
@Document("survey_responses")
public record SurveyResponse(@Id String id, String surveyId, String segment, List<Answer> answers, Instant receivedAt,
        boolean counted) {
}

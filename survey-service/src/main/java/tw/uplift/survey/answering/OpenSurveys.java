package tw.uplift.survey.answering;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;

/**
 * The open surveys an answer is checked against, kept in memory for a few seconds so an answer does not read its
 * survey from the store every time. Keeping a stale copy is safe: an open survey's questions, segments and closing
 * time never change, and when it is closed by hand its running aggregate refuses every later answer by itself
 * (see {@code TallyStore}), whatever this copy still says. Only OPEN surveys are kept, so a draft is seen open as
 * soon as it opens, and the map holds no more entries than there are open surveys (an unknown id is never kept).
 */
final class OpenSurveys {

    private record Copy(Survey survey, Instant readAt) {
    }

    private final ConcurrentMap<String, Copy> copies = new ConcurrentHashMap<>();
    private final Duration keepFor;
    private final Clock clock;

    OpenSurveys(Duration keepFor, Clock clock) {
        this.keepFor = keepFor;
        this.clock = clock;
    }

    /** The survey: a copy read less than {@code keepFor} ago if it was open then, else read now. */
    Optional<Survey> find(String surveyId, Function<String, Optional<Survey>> read) {
        Instant now = clock.instant();
        Copy copy = copies.get(surveyId);
        if (copy != null && copy.readAt().plus(keepFor).isAfter(now) && !copy.readAt().isAfter(now)) {
            return Optional.of(copy.survey());
        }
        Optional<Survey> fresh = read.apply(surveyId);
        if (fresh.isPresent() && fresh.get().status() == SurveyStatus.OPEN) {
            copies.put(surveyId, new Copy(fresh.get(), now));
        } else {
            copies.remove(surveyId);
        }
        return fresh;
    }
}

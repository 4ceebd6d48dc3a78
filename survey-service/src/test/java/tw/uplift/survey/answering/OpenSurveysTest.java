package tw.uplift.survey.answering;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.survey.design.SurveyFixture.aLikertSurvey;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyFixture;

class OpenSurveysTest {

    /** A wall clock that can also step back, as a real one may. */
    private static final class WallClock extends java.time.Clock {
        private java.time.Instant now = SurveyFixture.NOW;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public java.time.Instant instant() {
            return now;
        }
    }

    private final WallClock clock = new WallClock();
    private final OpenSurveys open = new OpenSurveys(Duration.ofSeconds(5), clock);
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void anOpenSurveyIsReadOnceInItsFewSecondsThenAgain() {
        Survey survey = aLikertSurvey().opened();
        assertThat(find(survey)).containsSame(survey);
        clock.advance(Duration.ofSeconds(4));
        assertThat(find(survey)).containsSame(survey);
        assertThat(reads).hasValue(1);
        clock.advance(Duration.ofSeconds(1));
        find(survey);
        assertThat(reads).as("five seconds on, read again").hasValue(2);
    }

    @Test
    void aDraftOrAnUnknownSurveyIsNeverKeptAndAClockThatWentBackReadsAgain() {
        Survey draft = aLikertSurvey().draft();
        find(draft);
        find(draft);
        assertThat(reads).hasValue(2);
        assertThat(open.find("nope", id -> {
            reads.incrementAndGet();
            return Optional.empty();
        })).isEmpty();

        Survey survey = aLikertSurvey().withId("s2").opened();
        find(survey);
        clock.advance(Duration.ofSeconds(-10));
        find(survey);
        assertThat(reads).hasValue(5);
    }

    private Optional<Survey> find(Survey survey) {
        return open.find(survey.getId(), id -> {
            reads.incrementAndGet();
            return Optional.of(survey);
        });
    }
}

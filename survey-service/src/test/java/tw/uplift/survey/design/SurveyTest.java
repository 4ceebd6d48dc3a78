package tw.uplift.survey.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.outbox.PendingEvent;
import tw.uplift.platform.web.RuleViolationException;
import tw.uplift.platform.web.InvalidInput;

class SurveyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Taipei"));

    private Survey draft(List<Question> questions) {
        return Survey.draft("s1", "kcg-civil-affairs", "clerk", new LocalizedText("滿意度", "Satisfaction"), "p1", "m1",
                questions, null, null, CLOCK);
    }

    @Test
    void opensAndClosesWithItsEventsAndTheDefaultThreshold() {
        Survey s = draft(List.of(Question.likert("q1", "整體滿意度", null)));
        assertThat(s.satisfactionThreshold()).isEqualTo(0.8);
        s.open(CLOCK);
        s.close(10, 0.7, CLOCK);
        assertThat(s.status()).isEqualTo(SurveyStatus.CLOSED);
        List<Object> events = s.pendingEvents().stream().map(PendingEvent::payload).map(Object.class::cast).toList();
        assertThat(events).hasSize(3);
        assertThat(events.get(0)).isInstanceOf(SurveyOpened.class);
        assertThat(((SurveyClosed) events.get(1)).responses()).isEqualTo(10);
        SurveyResultsPublished published = (SurveyResultsPublished) events.get(2);
        assertThat(published.satisfactionRate()).isEqualTo(0.7);
        assertThat(published.threshold()).isEqualTo(0.8);
        assertThat(published.measureId()).isEqualTo("m1");
    }

    @Test
    void closingWithoutAnswersPublishesNoSatisfactionRate() {
        Survey s = draft(List.of(Question.likert("q1", "整體滿意度", null)));
        s.open(CLOCK);
        s.close(0, null, CLOCK);
        assertThat(s.pendingEvents()).extracting(PendingEvent::payload).hasAtLeastOneElementOfType(SurveyClosed.class)
                .noneMatch(SurveyResultsPublished.class::isInstance);
    }

    @Test
    void onlyADraftOpensAndOnlyAnOpenSurveyCloses() {
        Survey s = draft(List.of(Question.likert("q1", "整體滿意度", null)));
        assertThatThrownBy(() -> s.close(0, null, CLOCK)).isInstanceOf(RuleViolationException.class);
        s.open(CLOCK);
        assertThatThrownBy(() -> s.open(CLOCK)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void refusesBadQuestionsNamingTheField() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> draft(List.of(
                Question.likert("q1", "a", null), Question.likert("q1", "b", null),
                new Question("q.2", new LocalizedText("c", null), QuestionKind.LIKERT_5, List.of(), true),
                new Question("q3", new LocalizedText("d", null), QuestionKind.CHOICE, List.of(), true))));
        assertThat(e.problems()).extracting(InvalidInput.Problem::field)
                .containsExactly("questions[1].id", "questions[2].id", "questions[3].options");
        assertThat(catchThrowableOfType(InvalidInput.class, () -> draft(List.of())).problems())
                .extracting(InvalidInput.Problem::field).containsExactly("questions");
    }

    @Test
    void takesAnswersOnlyWhileOpenAndBeforeItsClosingTime() {
        Survey s = Survey.draft("s1", "a", "clerk", new LocalizedText("t", null), null, null,
                List.of(Question.likert("q1", "q", null)), 0.9, Instant.parse("2026-03-02T00:00:00Z"), CLOCK);
        assertThat(s.acceptsAnswersAt(CLOCK.instant())).isFalse();
        s.open(CLOCK);
        assertThat(s.acceptsAnswersAt(CLOCK.instant())).isTrue();
        assertThat(s.acceptsAnswersAt(Instant.parse("2026-03-02T00:00:00Z"))).isFalse();
    }
}

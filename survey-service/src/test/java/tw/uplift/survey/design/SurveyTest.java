package tw.uplift.survey.design;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static tw.uplift.survey.design.SurveyFixture.AGENCY;
import static tw.uplift.survey.design.SurveyFixture.CLOCK;
import static tw.uplift.survey.design.SurveyFixture.NOW;
import static tw.uplift.survey.design.SurveyFixture.aCounterServiceSurvey;
import static tw.uplift.survey.design.SurveyFixture.aLikertSurvey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.PendingEvent;

/** The survey's life DRAFT → OPEN → CLOSED, and what it records on the way. */
class SurveyTest {

    private static final Clock LATER = Clock.offset(CLOCK, Duration.ofDays(3));

    @Test
    void aNewSurveyIsADraftHeldToTheDefaultThreshold() {
        Survey s = aLikertSurvey().draft();
        assertThat(s.status()).isEqualTo(SurveyStatus.DRAFT);
        assertThat(s.satisfactionThreshold()).isEqualTo(SurveyResultsPublished.DEFAULT_THRESHOLD);
        assertThat(s.agencyId()).isEqualTo(AGENCY);
        assertThat(s.createdAt()).isEqualTo(NOW);
        assertThat(s.pendingEvents()).isEmpty();
    }

    @Test
    void keepsTheThresholdTheAgencySets() {
        assertThat(aLikertSurvey().heldTo(0.9).draft().satisfactionThreshold()).isEqualTo(0.9);
    }

    @Test
    void aBlankPlanOrMeasureIsNoLink() {
        Survey s = aLikertSurvey().evidenceFor(" ", " m-1-1 ").draft();
        assertThat(s.planId()).isNull();
        assertThat(s.measureId()).isEqualTo("m-1-1");
    }

    @Test
    void openingADraftRecordsSurveyOpened() {
        Survey s = aLikertSurvey().evidenceFor("plan-115", "m-1-1").closingAt(NOW.plus(Duration.ofDays(30))).draft();
        s.open(CLOCK);
        assertThat(s.status()).isEqualTo(SurveyStatus.OPEN);
        assertThat(s.opensAt()).isEqualTo(NOW);
        SurveyOpened opened = (SurveyOpened) only(events(s));
        assertThat(opened.surveyId()).isEqualTo("s1");
        assertThat(opened.agencyId()).isEqualTo(AGENCY);
        assertThat(opened.measureId()).isEqualTo("m-1-1");
        assertThat(opened.closesAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
    }

    @Test
    void openingAnOpenSurveyAgainChangesNothing() {
        Survey s = aLikertSurvey().opened();
        s.open(LATER);
        assertThat(s.opensAt()).as("still the first opening").isEqualTo(NOW);
        assertThat(events(s)).hasSize(1);
    }

    @Test
    void aClosedSurveyDoesNotOpenAgain() {
        Survey s = aLikertSurvey().closedWith(3, 1.0);
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> s.open(LATER));
        assertThat(e.code()).isEqualTo("survey-not-draft");
        assertThat(s.status()).isEqualTo(SurveyStatus.CLOSED);
    }

    @Test
    void aSurveyWhoseClosingTimeHasPassedDoesNotOpen() {
        Survey s = aLikertSurvey().closingAt(NOW.plus(Duration.ofDays(1))).draft();
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> s.open(LATER));
        assertThat(e.code()).isEqualTo("survey-closes-in-past");
        assertThat(e.field()).isEqualTo("closesAt");
        assertThat(s.status()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void closingRecordsSurveyClosedAndPublishesTheResultsForTheMeasure() {
        Survey s = aLikertSurvey().evidenceFor("plan-115", "m-1-1").heldTo(0.75).opened();
        s.close(() -> new FinalCount(10, 0.7), LATER);
        assertThat(s.status()).isEqualTo(SurveyStatus.CLOSED);
        assertThat(s.closedAt()).isEqualTo(LATER.instant());
        assertThat(s.responses()).isEqualTo(10);
        assertThat(s.satisfactionRate()).isEqualTo(0.7);
        List<DomainEvent> events = events(s);
        assertThat(events).hasSize(3);
        assertThat(((SurveyClosed) events.get(1)).responses()).isEqualTo(10);
        SurveyResultsPublished published = (SurveyResultsPublished) events.get(2);
        assertThat(published.satisfactionRate()).isEqualTo(0.7);
        assertThat(published.threshold()).isEqualTo(0.75);
        assertThat(published.planId()).isEqualTo("plan-115");
        assertThat(published.measureId()).isEqualTo("m-1-1");
        assertThat(published.belowThreshold()).isTrue();
    }

    @Test
    void closingWithoutAnswersPublishesNoSatisfactionRate() {
        Survey s = aLikertSurvey().closedWith(0, null);
        assertThat(events(s)).hasAtLeastOneElementOfType(SurveyClosed.class)
                .noneMatch(SurveyResultsPublished.class::isInstance);
    }

    @Test
    void closingAClosedSurveyAgainChangesNothingAndCountsNothingAgain() {
        Survey s = aLikertSurvey().closedWith(10, 0.7);
        AtomicInteger asked = new AtomicInteger();
        s.close(counting(asked, new FinalCount(99, 0.1)), LATER);
        assertThat(asked).as("the running aggregate is not asked again").hasValue(0);
        assertThat(s.responses()).isEqualTo(10);
        assertThat(s.closedAt()).isEqualTo(NOW);
        assertThat(events(s)).hasSize(3);
    }

    @Test
    void aDraftDoesNotCloseAndKeepsCounting() {
        Survey s = aLikertSurvey().draft();
        AtomicInteger asked = new AtomicInteger();
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class,
                () -> s.close(counting(asked, new FinalCount(0, null)), CLOCK));
        assertThat(e.code()).isEqualTo("survey-not-open");
        assertThat(asked).as("its running aggregate must not stop, or it could never take answers").hasValue(0);
        assertThat(s.status()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void takesAnswersOnlyWhileOpenAndBeforeItsClosingTime() {
        Instant closesAt = NOW.plus(Duration.ofDays(1));
        Survey s = aLikertSurvey().closingAt(closesAt).draft();
        assertThat(s.acceptsAnswersAt(NOW)).as("a draft").isFalse();
        s.open(CLOCK);
        assertThat(s.acceptsAnswersAt(NOW)).isTrue();
        assertThat(s.acceptsAnswersAt(closesAt)).as("at its closing time").isFalse();
        s.close(() -> new FinalCount(0, null), CLOCK);
        assertThat(s.acceptsAnswersAt(NOW)).as("closed").isFalse();
    }

    @Test
    void anotherAgencyDoesNotFindIt() {
        Survey s = aCounterServiceSurvey().draft();
        assertThat(s.requireOwnedBy(AGENCY)).isSameAs(s);
        assertThat(catchThrowableOfType(NotFoundException.class, () -> s.requireOwnedBy("kcg-household-xinxing")))
                .isNotNull();
    }

    @Test
    void findsItsQuestionsById() {
        Survey s = aCounterServiceSurvey().draft();
        assertThat(s.question("q2")).get().extracting(Question::kind).isEqualTo(QuestionKind.CHOICE);
        assertThat(s.question("q9")).isEmpty();
    }

    private static Supplier<FinalCount> counting(AtomicInteger asked, FinalCount count) {
        return () -> {
            asked.incrementAndGet();
            return count;
        };
    }

    private static List<DomainEvent> events(Survey s) {
        return s.pendingEvents().stream().map(PendingEvent::payload).toList();
    }

    private static DomainEvent only(List<DomainEvent> events) {
        assertThat(events).hasSize(1);
        return events.get(0);
    }
}

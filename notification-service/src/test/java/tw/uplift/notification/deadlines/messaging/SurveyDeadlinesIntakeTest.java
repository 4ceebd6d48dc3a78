package tw.uplift.notification.deadlines.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.LadderStep;
import tw.uplift.notification.support.PlanEvents;

/** {@code survey-events} into survey close dates (滿意度調查截止), through the intake as production wires it. */
class SurveyDeadlinesIntakeTest {

    private static final String SURVEY = "survey-1";
    /** 16:30 UTC on 20 March is half past midnight on 21 March in Taipei: due on the 21st. */
    private static final Instant CLOSES_AT = Instant.parse("2026-03-20T16:30:00Z");

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private SurveyOpened opened(String planId, Instant closesAt) {
        return new SurveyOpened(SURVEY, PlanEvents.AGENCY, "戶政櫃台服務滿意度", planId, null,
                Instant.parse("2026-03-02T00:00:00Z"), closesAt);
    }

    private Deadline deadline() {
        return service.deadline(Deadline.idOfSurveyClose(SURVEY)).orElseThrow();
    }

    @Test
    void anOpenedSurveyIsTrackedToTheTaipeiDateOfItsCloseWithRemindersOnly() {
        service.deliver(Topic.SURVEY, envelope(opened(null, CLOSES_AT), 1));

        Deadline d = deadline();
        assertThat(d.kind()).isEqualTo(TrackedItemKind.SURVEY_CLOSE);
        assertThat(d.title()).isEqualTo("滿意度調查截止：戶政櫃台服務滿意度");
        assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(d.agencyId()).isEqualTo(PlanEvents.AGENCY);
        assertThat(d.steps()).extracting(LadderStep::key).as("no escalation by default")
                .containsExactly("remind-7", "remind-1", "overdue");

        service.passAt(LocalDate.of(2026, 3, 14), LocalTime.of(9, 0));
        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).singleElement()
                .satisfies(a -> assertThat(a.itemKind()).isEqualTo(TrackedItemKind.SURVEY_CLOSE));
    }

    @Test
    void aClosedSurveyIsDoneAndALateReplayOfItsOpeningChangesNothing() {
        service.deliver(Topic.SURVEY, envelope(opened(null, CLOSES_AT), 1));
        service.deliver(Topic.SURVEY, envelope(new SurveyClosed(SURVEY, PlanEvents.AGENCY, 120, CLOSES_AT), 2));
        service.deliver(Topic.SURVEY, envelope(opened(null, CLOSES_AT), 1));

        assertThat(deadline().status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(deadline().pendingStepTimes()).isEmpty();
    }

    @Test
    void aSurveyOpenedAgainWithAnotherCloseMovesItsSteps() {
        service.deliver(Topic.SURVEY, envelope(opened(null, CLOSES_AT), 1));
        service.deliver(Topic.SURVEY, envelope(opened(null, Instant.parse("2026-04-10T09:00:00Z")), 3));

        assertThat(deadline().dueDate()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void aSurveyOfATrackedPlanHasThePlansSupervisingBodyToDecideExtensions() {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval("plan-1", service.today())
                .measureDue("m-1", LocalDate.of(2026, 6, 30)).build(), 1));
        service.deliver(Topic.SURVEY, envelope(opened("plan-1", CLOSES_AT), 1));

        assertThat(deadline().supervisingBodyId()).isEqualTo(PlanEvents.BODY);
        assertThat(deadline().isExtendable()).isTrue();
    }

    @Test
    void aSurveyWithoutACloseDateIsNotTracked() {
        service.deliver(Topic.SURVEY, envelope(opened(null, null), 1));

        assertThat(service.deadline(Deadline.idOfSurveyClose(SURVEY))).isEmpty();
    }
}

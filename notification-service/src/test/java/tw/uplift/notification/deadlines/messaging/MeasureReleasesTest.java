package tw.uplift.notification.deadlines.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.TrackedItemKind;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.support.PlanEvents;
import tw.uplift.notification.support.ReviewEvents;
import tw.uplift.platform.events.EventEnvelope;

/** {@code review-events} into deadlines: a measure released from tracking (解除列管) is chased no more. */
class MeasureReleasesTest {

    private static final String PLAN = "plan-1";
    private static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    private EventEnvelope<?> approval() {
        return envelope(PlanEvents.approval(PLAN, service.today()).measureDue("m-1", DUE).measureDue("m-2", DUE)
                .reportedQuarterly("m-3").build(), 1);
    }

    private EventEnvelope<?> verdict(String measureId, TrackingVerdict verdict) {
        return envelope(ReviewEvents.trackingDecided("check-1", PLAN, measureId, verdict), 1);
    }

    private DeadlineStatus statusOf(String measureId) {
        return service.deadline(Deadline.idOfMeasure(PLAN, measureId)).orElseThrow().status();
    }

    @Test
    void aReleasedMeasureIsDoneAndRemindsNobody() {
        service.deliver(Topic.PLAN, approval());

        service.deliver(Topic.REVIEW, verdict("m-1", TrackingVerdict.RELEASED));
        service.passAt(DUE.minusDays(6), LocalTime.NOON);
        service.passAt(DUE.plusDays(1), LocalTime.NOON);

        assertThat(statusOf("m-1")).isEqualTo(DeadlineStatus.DONE);
        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).extracting(DeadlineApproaching::itemId)
                .containsExactly("m-2");
        assertThat(service.published(Deadline.class, ItemOverdue.class)).extracting(ItemOverdue::itemId)
                .doesNotContain("m-1");
    }

    @Test
    void aReleasedContinuousMeasureOwesNoMoreReports() {
        service.deliver(Topic.PLAN, approval());

        service.deliver(Topic.REVIEW, verdict("m-3", TrackingVerdict.RELEASED));
        service.deliver(Topic.REVIEW, verdict("m-3", TrackingVerdict.RELEASED));
        service.passAt(LocalDate.of(2026, 4, 1), LocalTime.NOON);

        assertThat(service.deadlinesOfPlan(PLAN)).filteredOn(d -> d.kind() == TrackedItemKind.PROGRESS_REPORT)
                .filteredOn(d -> d.status() == DeadlineStatus.OPEN).isEmpty();
        assertThat(service.published(Deadline.class, ItemOverdue.class)).extracting(ItemOverdue::itemKind)
                .as("only the dated measures, still owed").containsOnly(TrackedItemKind.MEASURE);
    }

    @Test
    void aMeasureKeptTrackedIsStillChased() {
        service.deliver(Topic.PLAN, approval());

        service.deliver(Topic.REVIEW, verdict("m-1", TrackingVerdict.KEPT_TRACKED));

        assertThat(statusOf("m-1")).isEqualTo(DeadlineStatus.OPEN);
    }

    @Test
    void aReleaseOvertakingTheApprovalLeavesTheMeasureDone() {
        service.deliver(Topic.REVIEW, verdict("m-1", TrackingVerdict.RELEASED));
        service.deliver(Topic.PLAN, approval());

        assertThat(statusOf("m-1")).isEqualTo(DeadlineStatus.DONE);
        assertThat(statusOf("m-2")).isEqualTo(DeadlineStatus.OPEN);
        service.passAt(DUE.minusDays(6), LocalTime.NOON);
        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).extracting(DeadlineApproaching::itemId)
                .containsExactly("m-2");
    }
}

package tw.uplift.notification.deadlines.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static tw.uplift.platform.test.KafkaProbe.envelope;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.DomainEvent;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.deadline.DeadlineApproaching;
import tw.uplift.contracts.deadline.EscalationLevel;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.deadline.OverdueEscalated;
import tw.uplift.contracts.review.TrackingVerdict;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.notification.deadlines.DeadlineStatus;
import tw.uplift.notification.deadlines.ExtensionDecision;
import tw.uplift.notification.deadlines.ExtensionRequest;
import tw.uplift.notification.deadlines.LadderStep;
import tw.uplift.notification.deadlines.StepState;
import tw.uplift.notification.deadlines.persistence.OverdueCount;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.support.PlanEvents;
import tw.uplift.notification.support.ReviewEvents;
import tw.uplift.platform.calendar.CalendarYear;
import tw.uplift.platform.calendar.OfficeCalendar;
import tw.uplift.platform.calendar.OfficeCalendarLoader;

/**
 * A measure's whole ladder walked with the business clock, through the plan intake, the scheduler and the inbox as
 * production wires them, with the default ladder (7 and 1 days before at 09:00, overdue at midnight, the agency
 * head after 3 working days, the supervising body after 14): each step fires once, at its instant in Asia/Taipei,
 * counted on the office calendar — across 春節 2026 (14–22 February) and its 補假 on 27 February (shipped 115年
 * calendar), and across the make-up Saturday 17 February 2024 (補行上班, the published 113年 calendar). Then what
 * completion, release (解除列管) and an approved extension (展期) do to the steps left.
 */
class MeasureLadderWalkTest {

    private static final String PLAN = "plan-walk";
    private static final String AGENCY = PlanEvents.AGENCY;

    private NotificationHarness service;

    @AfterEach
    void stop() {
        if (service != null) {
            service.afterEach(null);
        }
    }

    private static Instant taipei(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(TaipeiTime.ZONE).toInstant();
    }

    /** Approves the plan with measure m-1 due on {@code due}; returns its deadline's id. */
    private String approvedWithMeasureDue(LocalDate due) {
        service.deliver(Topic.PLAN, envelope(PlanEvents.approval(PLAN, service.today()).measureDue("m-1", due).build(), 1));
        return Deadline.idOfMeasure(PLAN, "m-1");
    }

    private Deadline deadline(String id) {
        return service.deadline(id).orElseThrow();
    }

    private LadderStep step(String id, String key) {
        return deadline(id).steps().stream().filter(s -> s.key().equals(key)).findFirst().orElseThrow();
    }

    private int events() {
        return service.published(Deadline.class, DeadlineApproaching.class).size()
                + service.published(Deadline.class, ItemOverdue.class).size()
                + service.published(Deadline.class, OverdueEscalated.class).size();
    }

    /**
     * A minute before its instant the step is pending and nothing fires; at its instant it fires, once: a second
     * pass at the same instant fires nothing more.
     */
    private void firesExactlyAt(String id, String key, Instant at) {
        int before = events();
        service.clock().advanceTo(at.minusSeconds(60));
        service.get(DeadlineScheduler.class).tick();
        assertThat(step(id, key).state()).as("%s a minute early", key).isEqualTo(StepState.PENDING);
        assertThat(events()).as("nothing fires before %s", key).isEqualTo(before);
        service.clock().advanceTo(at);
        assertThat(service.get(DeadlineScheduler.class).tick()).as("%s at %s", key, at).isEqualTo(1);
        assertThat(step(id, key).state()).isEqualTo(StepState.FIRED);
        assertThat(step(id, key).firedAt()).isEqualTo(at);
        assertThat(service.get(DeadlineScheduler.class).tick()).as("%s again", key).isZero();
        assertThat(events()).isEqualTo(before + 1);
    }

    /** Hands every deadline event recorded so far to the inbox, as the relay and the topic would. */
    private void relayDeadlineEvents() {
        List<Object> recorded = Stream.of(DeadlineApproaching.class, ItemOverdue.class, OverdueEscalated.class)
                .flatMap(type -> service.published(Deadline.class, type).stream()).map(Object.class::cast).toList();
        int sequence = 1;
        for (Object event : recorded) {
            service.deliver(Topic.DEADLINE, envelope((DomainEvent) event, sequence++));
        }
    }

    @Test
    void everyStepFiresOnceAtItsTaipeiInstantAcrossTheLunarNewYear() {
        service = NotificationHarness.startAt(taipei(2026, 1, 5, 10, 0), OfficeCalendarLoader.load(null));
        String id = approvedWithMeasureDue(LocalDate.of(2026, 2, 12)); // Thursday before 春節

        assertThat(deadline(id).steps()).extracting(LadderStep::key)
                .containsExactly("remind-7", "remind-1", "overdue", "escalate-head-3", "escalate-14");
        firesExactlyAt(id, "remind-7", taipei(2026, 2, 5, 9, 0));
        firesExactlyAt(id, "remind-1", taipei(2026, 2, 11, 9, 0));
        firesExactlyAt(id, "overdue", taipei(2026, 2, 13, 0, 0));
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(1);
        // working days after 12 Feb: 13 Feb, then 春節 14–22 Feb off: 23 Feb, 24 Feb
        firesExactlyAt(id, "escalate-head-3", taipei(2026, 2, 24, 9, 0));
        // …25, 26 Feb (27 補假, 28 和平紀念日), 2–6 Mar, 9–12 Mar: the 14th is 12 March
        firesExactlyAt(id, "escalate-14", taipei(2026, 3, 12, 9, 0));

        service.clock().advanceTo(taipei(2026, 12, 31, 23, 0));
        assertThat(service.get(DeadlineScheduler.class).tick()).as("nothing is left").isZero();
        assertThat(service.published(Deadline.class, DeadlineApproaching.class))
                .extracting(DeadlineApproaching::daysLeft).containsExactly(7, 1);
        assertThat(service.published(Deadline.class, ItemOverdue.class)).hasSize(1);
        assertThat(service.published(Deadline.class, OverdueEscalated.class))
                .extracting(OverdueEscalated::escalatedTo, OverdueEscalated::daysOverdue)
                .containsExactly(tuple(EscalationLevel.AGENCY_HEAD, 3),
                        tuple(EscalationLevel.SUPERVISING_BODY, 14));
        relayDeadlineEvents();
        relayDeadlineEvents(); // a redelivery tells nobody twice
        assertThat(service.inboxOf(Recipients.agencyHead(AGENCY))).singleElement()
                .satisfies(i -> assertThat(i.title()).startsWith("逾期查催：1. 推動線上申辦"));
        assertThat(service.inboxOf(Recipients.body(PlanEvents.BODY))).singleElement()
                .satisfies(i -> assertThat(i.title()).startsWith("逾期陳報：1. 推動線上申辦"));
        assertThat(service.inboxOf(Recipients.agency(AGENCY))).extracting(InboxItem::kind).containsExactly(
                InboxKind.DEADLINE_APPROACHING, InboxKind.DEADLINE_APPROACHING, InboxKind.ITEM_OVERDUE,
                InboxKind.OVERDUE_ESCALATED, InboxKind.OVERDUE_ESCALATED);
    }

    /**
     * The days off of 113年 (2024) as 行政院人事行政總處 published them: weekends, except the make-up Saturday 17
     * February (補行上班, for the day off on 8 February), and 元旦, 春節 (8–14 February), 和平紀念日, 兒童節, 清明,
     * 端午, 中秋 and 國慶.
     */
    private static OfficeCalendar calendar2024() {
        Set<LocalDate> off = new HashSet<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                off.add(d);
            }
        }
        off.remove(LocalDate.of(2024, 2, 17));
        Stream.of("01-01", "02-08", "02-09", "02-12", "02-13", "02-14", "02-28", "04-04", "04-05", "06-10", "09-17",
                "10-10").forEach(md -> off.add(LocalDate.parse("2024-" + md)));
        return new OfficeCalendar(List.of(new CalendarYear(Year.of(2024), off, "113年 政府行政機關辦公日曆表")));
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        service = NotificationHarness.startAt(taipei(2024, 1, 22, 10, 0), calendar2024());
        String id = approvedWithMeasureDue(LocalDate.of(2024, 2, 7)); // the Wednesday before 春節

        firesExactlyAt(id, "remind-7", taipei(2024, 1, 31, 9, 0));
        firesExactlyAt(id, "remind-1", taipei(2024, 2, 6, 9, 0));
        firesExactlyAt(id, "overdue", taipei(2024, 2, 8, 0, 0));
        // 8–14 Feb off; 15 and 16 Feb, and the make-up Saturday 17 Feb is the third working day
        firesExactlyAt(id, "escalate-head-3", taipei(2024, 2, 17, 9, 0));
        // 19–23, 26, 27 Feb (28 off), 29 Feb, 1, 4, 5 Mar: the 14th
        firesExactlyAt(id, "escalate-14", taipei(2024, 3, 5, 9, 0));
    }

    @Test
    void completionCancelsWhatIsLeft() {
        service = NotificationHarness.startAt(taipei(2026, 1, 5, 10, 0), OfficeCalendarLoader.load(null));
        String id = approvedWithMeasureDue(LocalDate.of(2026, 2, 12));
        firesExactlyAt(id, "remind-7", taipei(2026, 2, 5, 9, 0));
        firesExactlyAt(id, "remind-1", taipei(2026, 2, 11, 9, 0));
        firesExactlyAt(id, "overdue", taipei(2026, 2, 13, 0, 0));

        service.deliver(Topic.PLAN, envelope(PlanEvents.completed(PLAN, "m-1"), 2));

        assertThat(deadline(id).status()).isEqualTo(DeadlineStatus.DONE);
        assertThat(deadline(id).steps()).filteredOn(s -> s.key().startsWith("escalate"))
                .extracting(LadderStep::state).containsOnly(StepState.CANCELLED);
        assertThat(service.get(OverdueCount.class).current()).isZero();
        service.clock().advanceTo(taipei(2026, 4, 1, 9, 0));
        assertThat(service.get(DeadlineScheduler.class).tick()).isZero();
        assertThat(service.published(Deadline.class, OverdueEscalated.class)).isEmpty();
    }

    @Test
    void releaseFromTrackingCancelsWhatIsLeft() {
        service = NotificationHarness.startAt(taipei(2026, 1, 5, 10, 0), OfficeCalendarLoader.load(null));
        String id = approvedWithMeasureDue(LocalDate.of(2026, 2, 12));
        firesExactlyAt(id, "remind-7", taipei(2026, 2, 5, 9, 0));

        service.deliver(Topic.REVIEW, envelope(ReviewEvents.trackingDecided("check-1", PLAN, "m-1",
                TrackingVerdict.RELEASED), 1));

        assertThat(deadline(id).status()).isNotEqualTo(DeadlineStatus.OPEN);
        assertThat(deadline(id).pendingStepTimes()).isEmpty();
        service.clock().advanceTo(taipei(2026, 4, 1, 9, 0));
        assertThat(service.get(DeadlineScheduler.class).tick()).isZero();
        assertThat(events()).isEqualTo(1);
    }

    @Test
    void anApprovedExtensionMovesWhatIsLeftAndLiftsTheOverdueFlag() {
        service = NotificationHarness.startAt(taipei(2026, 1, 5, 10, 0), OfficeCalendarLoader.load(null));
        String id = approvedWithMeasureDue(LocalDate.of(2026, 2, 12));
        firesExactlyAt(id, "remind-7", taipei(2026, 2, 5, 9, 0));
        firesExactlyAt(id, "remind-1", taipei(2026, 2, 11, 9, 0));
        firesExactlyAt(id, "overdue", taipei(2026, 2, 13, 0, 0));
        service.clock().advanceTo(taipei(2026, 2, 13, 10, 0));

        DeadlineExtensions extensions = service.get(DeadlineExtensions.class);
        extensions.request(id, new ExtensionRequest("form-1", LocalDate.of(2026, 3, 6), "春節期間廠商停工", "clerk"));
        extensions.request(id, new ExtensionRequest("form-1", LocalDate.of(2026, 3, 6), "春節期間廠商停工", "clerk"));
        assertThat(deadline(id).extensions()).as("a double submit adds one").hasSize(1);
        assertThat(service.inboxOf(Recipients.body(PlanEvents.BODY))).extracting(InboxItem::kind)
                .containsExactly(InboxKind.EXTENSION_REQUESTED);
        extensions.decide(id, 1, new ExtensionDecision(true, null, null, "reviewer"));

        Deadline extended = deadline(id);
        assertThat(extended.dueDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(extended.plannedDueDate()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(extended.isOverdue()).isFalse();
        assertThat(service.get(OverdueCount.class).current()).isZero();
        Map<String, StepState> states = new LinkedHashMap<>();
        extended.steps().forEach(s -> states.put(s.key(), s.state()));
        assertThat(states).containsExactly(Map.entry("remind-7", StepState.FIRED),
                Map.entry("remind-1", StepState.FIRED), Map.entry("overdue", StepState.FIRED),
                Map.entry("overdue@2026-03-06", StepState.PENDING), Map.entry("escalate-head-3", StepState.PENDING),
                Map.entry("escalate-14", StepState.PENDING));
        assertThat(service.inboxOf(Recipients.agency(AGENCY))).extracting(InboxItem::title)
                .anyMatch(t -> t.startsWith("准予展期：1. 推動線上申辦"));

        // the old escalation instant (24 Feb) passes with nothing sent
        service.clock().advanceTo(taipei(2026, 2, 24, 9, 0));
        assertThat(service.get(DeadlineScheduler.class).tick()).isZero();
        // the new date's: overdue at midnight after 6 March, the head 3 working days later, the body 14
        firesExactlyAt(id, "overdue@2026-03-06", taipei(2026, 3, 7, 0, 0));
        assertThat(service.get(OverdueCount.class).current()).isEqualTo(1);
        firesExactlyAt(id, "escalate-head-3", taipei(2026, 3, 11, 9, 0));
        firesExactlyAt(id, "escalate-14", taipei(2026, 3, 26, 9, 0));
        assertThat(service.published(Deadline.class, DeadlineApproaching.class)).as("reminders sent are not sent again")
                .hasSize(2);
        assertThat(service.published(Deadline.class, ItemOverdue.class)).extracting(ItemOverdue::dueDate)
                .containsExactly(LocalDate.of(2026, 2, 12), LocalDate.of(2026, 3, 6));
        relayDeadlineEvents();
        relayDeadlineEvents();
        assertThat(service.inboxOf(Recipients.agency(AGENCY))).filteredOn(i -> i.kind() == InboxKind.ITEM_OVERDUE)
                .as("the new lapse is told, the old notice not repeated").hasSize(2);
        assertThat(service.inboxOf(Recipients.agency(AGENCY)))
                .filteredOn(i -> i.kind() == InboxKind.DEADLINE_APPROACHING).hasSize(2);
    }
}

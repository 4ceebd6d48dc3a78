package tw.uplift.notification.deadlines;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.notification.Recipients;
import tw.uplift.platform.calendar.OfficeCalendar;
import tw.uplift.platform.calendar.OfficeCalendarLoader;
import tw.uplift.platform.events.EventPosition;

/** Obligations, ladders and event positions as the domain tests need them, named for what they are. */
final class Obligations {

    static final String PLAN = "p-1";
    static final String AGENCY = "kcg-civil-affairs";
    static final String BODY = "kcg-rdec";
    static final LocalDate END_OF_YEAR = LocalDate.of(2026, 12, 31);

    /** The office calendar as shipped (115年 as announced, 116年 derived). */
    static final OfficeCalendar CALENDAR = OfficeCalendarLoader.load(null);

    /**
     * The ladder Taiwanese offices use: 7 and 1 days before at 09:00, overdue the next day, escalated after 14
     * working days.
     */
    static final DeadlineLadder OFFICE_LADDER = new DeadlineLadder(List.of(7, 1), LocalTime.of(9, 0), 14, CALENDAR);

    private Obligations() {
    }

    /** Measure m-1 of plan p-1 (「1. 推動線上申辦」), the agency's to complete by {@code due}. */
    static Obligation measureDue(LocalDate due) {
        return Obligation.dated(TrackedItem.measure(PLAN, "m-1"), Parties.ofAgency(AGENCY, BODY), "1. 推動線上申辦", due);
    }

    /** Continuous measure m-3's quarterly progress report for {@code quarter} (e.g. {@code 2026-Q1}). */
    static Obligation quarterlyReport(String quarter) {
        return reportFor(quarter);
    }

    /** Continuous measure m-3's progress report for a period of any cadence ({@code 2026-03}, {@code 2026-H1}). */
    static Obligation reportFor(String period) {
        return Obligation.progressReport(TrackedItem.progressReports(PLAN, "m-3"), Parties.ofAgency(AGENCY, BODY),
                "3. 滿意度追蹤", new ReportingWindow(ReportingPeriod.parse(period).orElseThrow(), END_OF_YEAR));
    }

    /** Review task t-1 (the plan's approval), the reviewer's to finish by {@code due}. */
    static Obligation reviewTaskDue(LocalDate due) {
        return Obligation.dated(TrackedItem.reviewTask("t-1", PLAN),
                Parties.ofAgency(AGENCY, BODY).reminding(Recipients.user("reviewer")), "審查任務：計畫審查（p-1）", due);
    }

    /** The {@code sequence}-th event of plan p-1. */
    static EventPosition planEvent(long sequence) {
        return new EventPosition("/uplift/plan-service", PLAN, sequence);
    }

    /** The {@code sequence}-th event of review task t-1. */
    static EventPosition taskEvent(long sequence) {
        return new EventPosition("/uplift/review-service", "t-1", sequence);
    }
}

package tw.uplift.notification.deadlines;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import tw.uplift.contracts.deadline.TrackedItemKind;

/**
 * What is owed, by whom and by when: the input to {@link Deadline#track}. Built with {@link #dated} or
 * {@link #progressReport}, so a call names its parts.
 *
 * @param item      what is due
 * @param parties   who owes it, who is reminded, who hears of escalations
 * @param title     what is due, in words
 * @param dueDate   the due date (Asia/Taipei)
 * @param reporting for a progress report: its period and the end of the plan year; else null
 */
public record Obligation(TrackedItem item, Parties parties, String title, LocalDate dueDate, ReportingWindow reporting) {

    public Obligation {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(parties, "parties");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(dueDate, "dueDate");
    }

    /** Something due on a date: a measure's 完成期限, a review task's due date, a corrective action's 改善期限. */
    public static Obligation dated(TrackedItem item, Parties parties, String title, LocalDate dueDate) {
        return new Obligation(item, parties, title, dueDate, null);
    }

    /** A continuous measure's progress report for one period, due on the period's last day. */
    public static Obligation progressReport(TrackedItem item, Parties parties, String measureTitle,
            ReportingWindow window) {
        return new Obligation(item, parties, "執行成果填報（" + window.period() + "）：" + measureTitle,
                window.period().lastDay(), window);
    }

    /**
     * The id of the deadline that tracks it: one per measure, per measure and period, per review task, per
     * corrective action, per survey.
     */
    public String deadlineId() {
        return switch (item.kind()) {
            case MEASURE -> Deadline.idOfMeasure(item.planId(), item.itemId());
            case PROGRESS_REPORT -> Deadline.idOfProgressReport(item.planId(), item.itemId(), reporting.period());
            case REVIEW_TASK -> Deadline.idOfReviewTask(item.itemId());
            case CORRECTIVE_ACTION -> Deadline.idOfCorrectiveAction(item.itemId());
            case SURVEY_CLOSE -> Deadline.idOfSurveyClose(item.itemId());
        };
    }

    public boolean isProgressReport() {
        return item.kind() == TrackedItemKind.PROGRESS_REPORT;
    }

    /**
     * For a progress report: the next period's report, owed whether or not this one was filed; empty once the
     * plan year is over, and for anything else.
     */
    public Optional<Obligation> nextPeriod() {
        if (reporting == null) {
            return Optional.empty();
        }
        // The stored title names the period ("執行成果填報（2026-Q1）：…"); the next one names its own.
        return reporting.next().map(next -> new Obligation(item, parties,
                title.replace(reporting.period().toString(), next.period().toString()), next.period().lastDay(), next));
    }
}

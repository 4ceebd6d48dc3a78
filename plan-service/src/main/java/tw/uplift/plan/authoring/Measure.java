package tw.uplift.plan.authoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A measure (推行作法): what a unit will do, by when.
 *
 * @param id              stable id, kept across revisions
 * @param code            as printed, e.g. {@code 1}; {@code ""} when un-numbered
 * @param title           its short heading, e.g. 訂定標準作業流程(SOP)
 * @param text            the full text with its sub-points, one per line
 * @param units           responsible units (執行單位)
 * @param deadlineText    the deadline phrase as written (完成期限), e.g. {@code 12月31日前}, or null
 * @param dueDate         the date that phrase gives in the plan year, or null
 * @param cadence         for continuous work (持續辦理): the reporting cadence, or null
 * @param expectedBenefit 預期效益, or null
 * @param indicators      measurable indicators with baseline and target, possibly none
 * @param previousId      the measure of last year's plan this one was copied from, or null
 * @param carriedOver     whether it was copied from last year's plan unfinished (延續辦理)
 * @param completedAt     when it was completed, or null
 * @param overdueSince    the day the deadline tracker found it overdue, or null
 */
public record Measure(String id, String code, String title, String text, List<String> units, String deadlineText,
        LocalDate dueDate, String cadence, String expectedBenefit, List<Indicator> indicators, String previousId,
        boolean carriedOver, Instant completedAt, LocalDate overdueSince) {

    public Measure {
        units = units == null ? List.of() : List.copyOf(units);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }

    public boolean completed() {
        return completedAt != null;
    }

    public boolean overdue() {
        return overdueSince != null && completedAt == null;
    }

    /** Whether the deadline tracker follows it: it has a date or a reporting cadence. */
    public boolean tracked() {
        return dueDate != null || cadence != null;
    }

    Measure complete(Instant at) {
        return new Measure(id, code, title, text, units, deadlineText, dueDate, cadence, expectedBenefit, indicators,
                previousId, carriedOver, at, null);
    }

    Measure markOverdue(LocalDate since) {
        return new Measure(id, code, title, text, units, deadlineText, dueDate, cadence, expectedBenefit, indicators,
                previousId, carriedOver, completedAt, since);
    }

    /** This measure as rewritten, keeping what happened to it (completion, overdue) when its deadline stayed. */
    Measure keepingStateOf(Measure before) {
        boolean sameDeadline = java.util.Objects.equals(dueDate, before.dueDate)
                && java.util.Objects.equals(cadence, before.cadence);
        Measure kept = keepingLineageOf(before);
        return new Measure(id, code, title, text, units, deadlineText, dueDate, cadence, expectedBenefit, indicators,
                kept.previousId, kept.carriedOver, before.completedAt, sameDeadline ? before.overdueSince : null);
    }

    /**
     * This measure as rewritten, still knowing the measure of last year's plan it came from and whether it was
     * carried over (延續辦理): neither the form nor the API writes those, so a revision that says nothing of them
     * keeps them.
     */
    Measure keepingLineageOf(Measure before) {
        if (previousId != null || before.previousId == null) {
            return this;
        }
        return new Measure(id, code, title, text, units, deadlineText, dueDate, cadence, expectedBenefit, indicators,
                before.previousId, before.carriedOver, completedAt, overdueSince);
    }
}

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
 * @param text            the full text with its sub-points
 * @param units           responsible units (執行單位)
 * @param deadlineText    the deadline phrase as written (完成期限), e.g. {@code 12月31日前}, or null
 * @param dueDate         the date that phrase gives in the plan year, or null
 * @param cadence         for continuous work (持續辦理): the reporting cadence, or null
 * @param expectedBenefit 預期效益, or null
 * @param completedAt     when it was completed, or null
 * @param overdue         whether its deadline passed with the work not done (from the deadline tracker)
 */
public record Measure(String id, String code, String title, String text, List<String> units, String deadlineText,
        LocalDate dueDate, String cadence, String expectedBenefit, Instant completedAt, boolean overdue) {

    public Measure {
        units = units == null ? List.of() : List.copyOf(units);
    }

    public boolean completed() {
        return completedAt != null;
    }

    Measure complete(Instant at) {
        return new Measure(id, code, title, text, units, deadlineText, dueDate, cadence, expectedBenefit, at, false);
    }

    Measure markOverdue() {
        return new Measure(id, code, title, text, units, deadlineText, dueDate, cadence, expectedBenefit, completedAt,
                true);
    }
}

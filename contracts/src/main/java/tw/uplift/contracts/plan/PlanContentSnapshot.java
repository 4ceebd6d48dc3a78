package tw.uplift.contracts.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * The content of one submitted revision of a plan, as it stood when it was submitted (送審版本): its dimensions
 * (執行要項), their focus areas (執行重點) and their measures (推行作法), in the order of the plan. A reviewer reviews
 * exactly this, whatever the agency edits afterwards.
 *
 * @param dimensions the dimensions, in plan order
 */
public record PlanContentSnapshot(List<Dimension> dimensions) {

    public PlanContentSnapshot {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /**
     * A dimension (執行要項), e.g. 一、完備基礎服務項目.
     *
     * @param code       as printed, e.g. {@code 一}; empty when un-numbered
     * @param title      its title
     * @param focusAreas its focus areas, in plan order
     */
    public record Dimension(String code, String title, List<FocusArea> focusAreas) {

        public Dimension {
            focusAreas = focusAreas == null ? List.of() : List.copyOf(focusAreas);
        }
    }

    /**
     * A focus area (執行重點), e.g. (一)建立業務標準作業流程.
     *
     * @param code     as printed, e.g. {@code (一)}; empty when un-numbered
     * @param title    its title
     * @param measures its measures, in plan order
     */
    public record FocusArea(String code, String title, List<Measure> measures) {

        public FocusArea {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }
    }

    /**
     * A measure (推行作法) as submitted.
     *
     * @param id              the measure's stable id (kept across revisions; the {@code itemRef} of a reviewer's
     *                        comment on it)
     * @param code            as printed, e.g. {@code 1}; empty when un-numbered
     * @param title           its short heading
     * @param text            the full text with its sub-points, or null
     * @param units           responsible units (執行單位)
     * @param deadlineText    the deadline phrase as written (完成期限), e.g. {@code 12月31日前}, or null
     * @param dueDate         the date that phrase gives in the plan year, or null (continuous, recurring or unparsed)
     * @param cadence         for continuous or recurring work: {@code MONTHLY}, {@code QUARTERLY},
     *                        {@code HALF_YEARLY} or {@code YEARLY}; otherwise null
     * @param expectedBenefit the expected benefit (預期效益), or null
     */
    public record Measure(String id, String code, String title, String text, List<String> units,
            String deadlineText, LocalDate dueDate, String cadence, String expectedBenefit) {

        public Measure {
            units = units == null ? List.of() : List.copyOf(units);
        }
    }
}

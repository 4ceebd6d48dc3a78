package tw.uplift.planimport.model;

import java.util.List;
import tw.uplift.planimport.deadline.Deadline;

/**
 * 推行作法 / 執行重點項目: one measure, with its sub-points ((1)(2)、①②、A. B.) kept inside {@link #text()}.
 *
 * @param code            {@code 1} as printed; {@code ""} when un-numbered
 * @param title           the measure's short heading when the document gives one (訂定標準作業流程(SOP)), else {@code ""}
 * @param text            what the measure says, whitespace collapsed; never empty (falls back to the title)
 * @param units           執行單位 / 承辦單位, one entry per unit
 * @param deadline        完成期限, or {@code null} when the document has no deadline for it
 * @param expectedBenefit 預期效益, or {@code null}
 * @param line            source line (or .docx table row) where it starts
 */
public record ImportedMeasure(
        String code, String title, String text, List<String> units, Deadline deadline, String expectedBenefit, int line) {
    public ImportedMeasure {
        units = List.copyOf(units);
    }
}

package tw.uplift.planimport.model;

import java.util.List;

/**
 * 執行重點: a focus area inside a dimension.
 *
 * @param code  {@code (一)} as printed, parentheses included; {@code ""} when un-numbered
 * @param units responsible units printed beside the focus area itself rather than beside a measure
 */
public record ImportedFocusArea(String code, String title, int line, List<String> units, List<ImportedMeasure> measures) {
    public ImportedFocusArea {
        units = List.copyOf(units);
        measures = List.copyOf(measures);
    }
}

package tw.uplift.planimport.model;

import java.util.List;

/**
 * 執行要項 / 實施要項: a dimension of the plan.
 *
 * @param code  the numeral as printed without decoration ({@code 一}); {@code ""} for an un-numbered row
 *              such as 訂定「提升服務執行計畫」
 * @param title the text after the numeral
 * @param line  source line (or .docx table row) where it starts
 */
public record ImportedDimension(String code, String title, int line, List<ImportedFocusArea> focusAreas) {
    public ImportedDimension {
        focusAreas = List.copyOf(focusAreas);
    }
}

package tw.uplift.planimport.model;

import java.util.List;
import tw.uplift.contracts.values.RocYear;

/**
 * A parsed 提升服務執行計畫.
 *
 * @param agency      the agency (機關) named in the title, or {@code null} when the document does not say
 * @param rocYear     the plan's ROC year (民國年), or {@code null} when not found
 * @param title       the plan's title line as printed (spaces around numbers removed)
 * @param basis       計畫依據, one entry per paragraph
 * @param goals       計畫目標, one entry per paragraph
 * @param scope       實施對象, or {@code null}
 * @param supervision 督考方式 / 管制考核 / 考核規定
 * @param team        推動小組 編組表, or {@code null} when the document has none
 * @param dimensions  執行要項 in document order
 * @param warnings    every guess the parser made, in document order
 */
public record ImportedPlan(
        String agency,
        Integer rocYear,
        String title,
        List<String> basis,
        List<String> goals,
        String scope,
        Supervision supervision,
        PromotionTeam team,
        List<ImportedDimension> dimensions,
        List<ImportWarning> warnings) {

    public ImportedPlan {
        basis = List.copyOf(basis);
        goals = List.copyOf(goals);
        dimensions = List.copyOf(dimensions);
        warnings = List.copyOf(warnings);
    }

    /** Gregorian year of the plan, or {@code null}. */
    public Integer year() {
        return rocYear == null ? null : RocYear.toGregorian(rocYear);
    }

    public long focusAreaCount() {
        return dimensions.stream().mapToLong(d -> d.focusAreas().size()).sum();
    }

    public long measureCount() {
        return dimensions.stream().flatMap(d -> d.focusAreas().stream()).mapToLong(f -> f.measures().size()).sum();
    }
}

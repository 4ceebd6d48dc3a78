package tw.uplift.planimport.tree;

import java.util.List;
import java.util.regex.Pattern;
import tw.uplift.planimport.source.SourceLine;

/**
 * Column roles read from the content table's header row. The 3-column layout prints
 * {@code 執行要項 | (blank) | 執行重點 | 執行單位} (the first header cell spans dimension and focus area); the
 * 5-column layout {@code 實施要項 | 推行作法 | 完成期限 | 承辦單位 | 預期效益}. A table that names every column,
 * {@code 執行要項 | 執行重點 | 推行作法 | 執行單位}, has its measures in the rightmost of the two work columns
 * (執行重點 is then the focus area). Columns are hints only: items are placed by their numbering, and a column
 * index matters only for un-numbered text.
 *
 * @param measureColumn  where measures (推行作法 / 執行重點) are printed
 * @param unitsColumn    執行單位 / 承辦單位, -1 if none
 * @param deadlineColumn 完成期限, -1 if none
 * @param benefitColumn  預期效益, -1 if none
 */
record TableLayout(int measureColumn, int unitsColumn, int deadlineColumn, int benefitColumn) {

    private static final Pattern DIMENSION_HEADER = Pattern.compile("(執行|實施|工作|推動|服務)要項|執行項目|工作項目|策略");
    private static final Pattern MEASURE_HEADER = Pattern.compile("執行重點|推行作法|實施作法|具體作法|執行方式|實施內容|辦理方式|執行措施|工作內容");
    private static final Pattern UNITS_HEADER = Pattern.compile("執行單位|承辦單位|主辦單位|負責單位|辦理單位|權責單位|執行成果|課室|科室");
    private static final Pattern DEADLINE_HEADER = Pattern.compile("完成期限|完成時間|辦理期限|執行期限|期程|預定完成");
    private static final Pattern BENEFIT_HEADER = Pattern.compile("預期效益|預期成效|預期目標|績效指標");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");

    /** True for a row that heads the content table (and for its repeats after page breaks). */
    static boolean isHeader(SourceLine.Row row) {
        String text = compact(row.plainText());
        if (text.length() > 60) {
            return false;
        }
        boolean dimension = DIMENSION_HEADER.matcher(text).find();
        boolean other = MEASURE_HEADER.matcher(text).find() || UNITS_HEADER.matcher(text).find() || DEADLINE_HEADER.matcher(text).find();
        return dimension && other;
    }

    static TableLayout of(SourceLine.Row header) {
        int measure = -1;
        int units = -1;
        int deadline = -1;
        int benefit = -1;
        List<SourceLine.Cell> cells = header.cells();
        for (SourceLine.Cell cell : cells) {
            String t = compact(cell.text());
            if (MEASURE_HEADER.matcher(t).find() && units < 0) {
                measure = cell.column(); // the last work column before the units: 推行作法 after 執行重點
            } else if (units < 0 && UNITS_HEADER.matcher(t).find()) {
                units = cell.column();
            } else if (deadline < 0 && DEADLINE_HEADER.matcher(t).find()) {
                deadline = cell.column();
            } else if (benefit < 0 && BENEFIT_HEADER.matcher(t).find()) {
                benefit = cell.column();
            }
        }
        if (measure < 0) {
            measure = Math.max(1, units - 1);
        }
        return new TableLayout(measure, units, deadline, benefit);
    }

    boolean hasDeadlines() {
        return deadlineColumn >= 0;
    }

    boolean hasBenefits() {
        return benefitColumn >= 0;
    }

    static String compact(String s) {
        return SPACES.matcher(s).replaceAll("");
    }
}

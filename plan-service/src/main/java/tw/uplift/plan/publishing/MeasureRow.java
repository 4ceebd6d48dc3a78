package tw.uplift.plan.publishing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import tw.uplift.plan.lights.Light;
import tw.uplift.platform.opendata.OpenDataCsv;

/**
 * One measure of a public plan as a row of the open data (one row per measure, 推行作法), with its plan, dimension
 * and focus area repeated so every row stands alone in a spreadsheet. The columns and their order are
 * {@link #COLUMNS}, documented in {@code docs/open-data.md} and in the Table Schema served at
 * {@code /public/plans/schema.json}; a test holds the three together.
 *
 * @param units         執行單位, in the plan's order
 * @param light         the measure's light on the day the file was made
 * @param lightReason   why, in 繁體中文
 * @param completedOn   the day it was completed (Asia/Taipei), or null
 */
public record MeasureRow(String agencyId, String agencyName, int rocYear, int year, String planId, int revision,
        String dimensionCode, String dimension, String focusAreaCode, String focusArea, String measureId,
        String measureCode, String measureTitle, String measureText, List<String> units, String deadlineText,
        LocalDate dueDate, String cadence, String expectedBenefit, Light light, String lightReason,
        LocalDate completedOn) {

    /** The column names, in order: the CSV's header row. */
    public static final List<String> COLUMNS = List.of("agency_id", "agency_name", "roc_year", "year", "plan_id",
            "revision", "dimension_code", "dimension", "focus_area_code", "focus_area", "measure_id", "measure_code",
            "measure_title", "measure_text", "units", "deadline_text", "due_date", "cadence", "expected_benefit",
            "light", "light_reason", "completed_on");

    /** How the units are joined in one cell: the enumeration comma of the documents (頓號). */
    public static final String UNIT_SEPARATOR = "、";

    public MeasureRow {
        units = units == null ? List.of() : List.copyOf(units);
    }

    /** The row's cells in {@link #COLUMNS}' order, as text: dates ISO (yyyy-MM-dd), nothing as the empty string. */
    public List<String> cells() {
        return Arrays.asList(text(agencyId), text(agencyName), String.valueOf(rocYear), String.valueOf(year),
                text(planId), String.valueOf(revision), text(dimensionCode), text(dimension), text(focusAreaCode),
                text(focusArea), text(measureId), text(measureCode), text(measureTitle), text(measureText),
                String.join(UNIT_SEPARATOR, units), text(deadlineText), date(dueDate), text(cadence),
                text(expectedBenefit), light == null ? "" : light.name(), text(lightReason), date(completedOn));
    }

    /** The rows as the open-data CSV file ({@link OpenDataCsv}: UTF-8 with BOM, CRLF, formulas neutralised). */
    public static byte[] csv(List<MeasureRow> rows) {
        return OpenDataCsv.of(COLUMNS, rows.stream().map(MeasureRow::cells).toList());
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}

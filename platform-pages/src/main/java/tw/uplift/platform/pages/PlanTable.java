package tw.uplift.platform.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan's content in the layout the documents use — 執行要項 | 執行重點 | 推行作法 | 執行單位 | 完成期限 — ready for
 * {@code uplift/plan-table :: planTable}: one {@link Group} per dimension (a {@code <tbody>}, its heading a
 * row-group header spanning its rows), each focus area's cell spanning its measures, one {@link Row} per measure.
 * A dimension without focus areas, or a focus area without measures, still gets its row. Built by the services from
 * their own content ({@link #of}); the page base knows no service's types.
 *
 * <p>Anchors (element ids) follow the plan form's field names, so a link or an error can point at an item:
 * {@code dimensions-0}, {@code dimensions-0-focusAreas-1}, {@code dimensions-0-focusAreas-1-measures-2}.
 *
 * @param groups the dimensions in order
 */
public record PlanTable(List<Group> groups) {

    public PlanTable {
        groups = List.copyOf(groups);
    }

    /** A dimension (執行要項) as the page is given it. */
    public record Dimension(String code, String title, List<FocusArea> focusAreas) {
    }

    /** A focus area (執行重點) as the page is given it. */
    public record FocusArea(String code, String title, List<Measure> measures) {
    }

    /**
     * A measure (推行作法) as the table shows it.
     *
     * @param code         as printed, e.g. {@code 1}; empty when un-numbered
     * @param title        its short heading
     * @param text         its full text with its sub-points, or null
     * @param units        responsible units (執行單位)
     * @param deadlineText the deadline phrase as written (完成期限), or null
     * @param dueDate      the date that phrase gives, or null
     * @param cadence      for continuous work: the reporting cadence ({@code QUARTERLY} …), or null
     * @param extra        what the page shows with this measure, read by the page's slots as
     *                     {@code row.measure.extra} (the reviewer's comment box, the clerk's progress), or null
     */
    public record Measure(String code, String title, String text, List<String> units, String deadlineText,
            LocalDate dueDate, String cadence, String expectedBenefit, Object extra) {

        public Measure {
            units = units == null ? List.of() : List.copyOf(units);
        }

        /** The heading a reader knows it by: 「1. 訂定標準作業流程(SOP)」. */
        public String label() {
            return (code == null || code.isBlank() ? "" : code + ". ") + (title == null ? "" : title);
        }

        /** Its full text when it says more than the title, else null. */
        public String details() {
            if (text == null || text.isBlank() || text.strip().equals(title == null ? "" : title.strip())) {
                return null;
            }
            return text.strip();
        }
    }

    /** One dimension and its rows; {@code anchor} is the id of its heading cell. */
    public record Group(String code, String title, int rowspan, String anchor, List<Row> rows) {
    }

    /**
     * One row: a measure, or the single placeholder row of a focus area (or dimension) without measures.
     *
     * @param focusArea the focus area's cell when this row opens it, otherwise null
     * @param measure   the measure, or null for a placeholder row
     * @param anchor    the id of the row's measure cell
     */
    public record Row(Cell focusArea, Measure measure, String anchor) {
    }

    /** A focus area's spanning cell; {@code anchor} is its id. */
    public record Cell(String code, String title, int rowspan, String anchor) {
    }

    /** The table of a plan's dimensions, in their order. */
    public static PlanTable of(List<Dimension> dimensions) {
        List<Group> groups = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            List<Row> rows = new ArrayList<>();
            for (int f = 0; f < dimension.focusAreas().size(); f++) {
                FocusArea area = dimension.focusAreas().get(f);
                String areaAnchor = "dimensions-" + d + "-focusAreas-" + f;
                Cell cell = new Cell(area.code(), area.title(), Math.max(1, area.measures().size()), areaAnchor);
                if (area.measures().isEmpty()) {
                    rows.add(new Row(cell, null, areaAnchor + "-measures"));
                }
                for (int m = 0; m < area.measures().size(); m++) {
                    rows.add(new Row(m == 0 ? cell : null, area.measures().get(m), areaAnchor + "-measures-" + m));
                }
            }
            if (rows.isEmpty()) {
                rows.add(new Row(null, null, "dimensions-" + d + "-focusAreas"));
            }
            groups.add(new Group(dimension.code(), dimension.title(), rows.size(), "dimensions-" + d, rows));
        }
        return new PlanTable(groups);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The measures in plan order. */
    public List<Measure> measures() {
        return groups.stream().flatMap(g -> g.rows().stream()).map(Row::measure)
                .filter(Objects::nonNull).toList();
    }
}

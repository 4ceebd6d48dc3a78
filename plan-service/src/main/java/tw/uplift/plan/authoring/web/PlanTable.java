package tw.uplift.plan.authoring.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.Dimension;
import tw.uplift.plan.authoring.FocusArea;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.plan.authoring.ReviewComment;

/**
 * A plan's content in the layout the documents use — 執行要項 | 執行重點 | 推行作法 | 執行單位 | 完成期限 — one row per
 * measure, the dimension's and the focus area's cells spanning their rows. One {@link Group} per dimension (a
 * {@code <tbody>}, so its heading can be a row-group header). A dimension without focus areas, or a focus area
 * without measures, still gets its row.
 *
 * @param groups         the dimensions in order
 * @param planComments   the reviewer's comments on the plan as a whole, and any about an item no longer in it
 */
public record PlanTable(List<Group> groups, List<String> planComments) {

    /** The item reference of a comment about the whole plan. */
    public static final String PLAN_REF = "plan";

    /** One dimension and its rows. {@code anchor} is the id its heading cell carries. */
    public record Group(String code, String title, int rowspan, String anchor, List<Row> rows) {
    }

    /**
     * One row: a measure (or none, for an empty focus area or dimension), with the focus area's cell on the first
     * row of the focus area.
     *
     * @param focusArea the focus area's cell, on its first row only; null on the others
     * @param measure   the measure, or null
     * @param anchor    the id of the measure's cell, as the form names it ({@code dimensions-0-focusAreas-1-measures-2})
     * @param comments  the reviewer's comments on this measure
     */
    public record Row(Cell focusArea, Measure measure, String anchor, List<String> comments) {
    }

    /** A spanning cell; {@code anchor} is its id ({@code dimensions-0-focusAreas-1}). */
    public record Cell(String code, String title, int rowspan, String anchor) {
    }

    public static PlanTable of(List<Dimension> dimensions) {
        return of(dimensions, List.of());
    }

    /** The table of a plan, with the comments of its last review beside the measures they are about. */
    public static PlanTable of(List<Dimension> dimensions, List<ReviewComment> comments) {
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        for (ReviewComment c : comments == null ? List.<ReviewComment>of() : comments) {
            byItem.computeIfAbsent(c.itemRef() == null ? PLAN_REF : c.itemRef(), k -> new ArrayList<>()).add(c.comment());
        }
        List<Group> groups = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            Dimension dimension = dimensions.get(d);
            List<Row> rows = new ArrayList<>();
            for (int f = 0; f < dimension.focusAreas().size(); f++) {
                FocusArea focusArea = dimension.focusAreas().get(f);
                String faAnchor = "dimensions-" + d + "-focusAreas-" + f;
                Cell cell = new Cell(focusArea.code(), focusArea.title(), Math.max(1, focusArea.measures().size()),
                        faAnchor);
                if (focusArea.measures().isEmpty()) {
                    rows.add(new Row(cell, null, faAnchor + "-measures", List.of()));
                }
                for (int m = 0; m < focusArea.measures().size(); m++) {
                    Measure measure = focusArea.measures().get(m);
                    List<String> said = measure.id() == null ? null : byItem.remove(measure.id());
                    rows.add(new Row(m == 0 ? cell : null, measure, faAnchor + "-measures-" + m,
                            said == null ? List.of() : said));
                }
            }
            if (rows.isEmpty()) {
                rows.add(new Row(null, null, "dimensions-" + d + "-focusAreas", List.of()));
            }
            groups.add(new Group(dimension.code(), dimension.title(), rows.size(), "dimensions-" + d, rows));
        }
        // What is left is about the plan, or about a measure that is gone since: shown at the top all the same.
        List<String> planComments = new ArrayList<>();
        byItem.values().forEach(planComments::addAll);
        return new PlanTable(groups, planComments);
    }

    /**
     * The table of content not saved yet (an imported document): with the year its deadlines are read in, or,
     * when the year is not known, with the deadline phrases alone.
     */
    public static PlanTable ofDraft(Integer rocYear, List<PlanContent.DimensionDraft> content) {
        if (rocYear != null && RocYear.isValid(rocYear)) {
            return of(PlanContent.build(rocYear, content));
        }
        return of(content.stream().map(d -> new Dimension(d.code(), d.title(), d.focusAreas().stream()
                .map(f -> new FocusArea(f.code(), f.title(), f.measures().stream()
                        .map(m -> new Measure(m.id(), m.code(), m.title(), m.text(), m.units(), m.deadline(), null, null,
                                m.expectedBenefit(), null, false))
                        .toList()))
                .toList())).toList());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}

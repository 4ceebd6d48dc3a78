package tw.uplift.review.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.uplift.contracts.plan.PlanContentSnapshot;

/**
 * A submitted plan in the documents' table layout (執行要項 | 執行重點 | 推行作法 | 執行單位 | 完成期限), ready for a
 * template: one group (tbody) per dimension whose heading cell spans its rows, each focus area's cell spanning its
 * measures, and per measure the comment box's id and name and the comment to show in it.
 *
 * @param groups    the dimensions, in plan order
 * @param boxes     the measures' comment boxes in the order of the form (the first one is where a missing comment
 *                  is reported)
 */
record PlanTable(List<Group> groups, List<Box> boxes) {

    /** The item reference of a comment on the plan as a whole (ItemComment's convention). */
    static final String WHOLE_PLAN = "plan";
    /** The element id of the whole plan's comment box. */
    static final String WHOLE_PLAN_BOX = "comment-plan";

    /**
     * A dimension and its rows.
     *
     * @param anchor  the id of its heading cell
     * @param rowspan how many rows its heading cell spans
     */
    record Group(String anchor, String code, String title, int rowspan, List<Row> rows) {
    }

    /**
     * One row: a measure, or the single placeholder row of a focus area (or dimension) without measures.
     *
     * @param focusArea the focus area's cell when this row opens it, otherwise null
     * @param measure   the measure, or null for a placeholder row
     */
    record Row(FocusCell focusArea, MeasureCell measure) {
    }

    /** @param rowspan how many rows the cell spans */
    record FocusCell(String anchor, String code, String title, int rowspan) {
    }

    /**
     * A measure as the reviewer reads it, and its comment box.
     *
     * @param box the comment box, or null when the measure has no id to comment on
     */
    record MeasureCell(String id, String code, String title, String text, List<String> units, String deadlineText,
            LocalDate dueDate, String cadence, String expectedBenefit, Box box) {

        /** Its full text line by line (sub-points on lines of their own), or nothing when it only repeats the title. */
        public List<String> textLines() {
            if (text == null || text.isBlank() || text.strip().equals(title)) {
                return List.of();
            }
            return text.strip().lines().filter(l -> !l.isBlank()).toList();
        }

        /** The heading a reader knows it by: 「1. 訂定標準作業流程(SOP)」. */
        public String label() {
            return (code == null || code.isBlank() ? "" : code + ". ") + (title == null ? "" : title);
        }
    }

    /**
     * A comment box.
     *
     * @param id      the element id (also the field of its errors)
     * @param itemRef what a comment in it is about: a measure id, or {@value #WHOLE_PLAN}
     * @param name    the form field's name
     * @param comment what it holds: what the reviewer typed, or the comment given
     */
    record Box(String id, String itemRef, String name, String comment) {

        static Box of(String id, String itemRef, Map<String, String> comments) {
            return new Box(id, itemRef, DecisionForm.fieldOf(itemRef), comments.getOrDefault(itemRef, ""));
        }

        public boolean hasComment() {
            return comment != null && !comment.isBlank();
        }

        /** A given comment line by line. */
        public List<String> commentLines() {
            return comment == null ? List.of() : comment.strip().lines().toList();
        }
    }

    /** The table of a snapshot, its boxes holding {@code comments} (by item reference). */
    static PlanTable of(PlanContentSnapshot content, Map<String, String> comments) {
        List<Group> groups = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        if (content == null) {
            return new PlanTable(groups, boxes);
        }
        int d = 0;
        for (PlanContentSnapshot.Dimension dimension : content.dimensions()) {
            d++;
            List<Row> rows = new ArrayList<>();
            int f = 0;
            for (PlanContentSnapshot.FocusArea area : dimension.focusAreas()) {
                f++;
                FocusCell cell = new FocusCell("focus-" + d + "-" + f, area.code(), area.title(),
                        Math.max(1, area.measures().size()));
                if (area.measures().isEmpty()) {
                    rows.add(new Row(cell, null));
                }
                boolean first = true;
                for (PlanContentSnapshot.Measure m : area.measures()) {
                    Box box = null;
                    if (m.id() != null && !m.id().isBlank() && !WHOLE_PLAN.equals(m.id())) {
                        box = Box.of("comment-" + (boxes.size() + 1), m.id(), comments);
                        boxes.add(box);
                    }
                    rows.add(new Row(first ? cell : null, new MeasureCell(m.id(), m.code(), m.title(), m.text(),
                            m.units(), m.deadlineText(), m.dueDate(), m.cadence(), m.expectedBenefit(), box)));
                    first = false;
                }
            }
            if (rows.isEmpty()) {
                rows.add(new Row(null, null));
            }
            groups.add(new Group("dimension-" + d, dimension.code(), dimension.title(), rows.size(), rows));
        }
        return new PlanTable(groups, boxes);
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    /** The item references a comment may be about: the measures' ids and the whole plan. */
    List<String> itemRefs() {
        List<String> refs = new ArrayList<>(boxes.stream().map(Box::itemRef).toList());
        refs.add(WHOLE_PLAN);
        return refs;
    }

    /** The element id of the first comment box of the form: the first measure's, else the whole plan's. */
    String firstBox() {
        return boxes.isEmpty() ? WHOLE_PLAN_BOX : boxes.getFirst().id();
    }

    /** The element id of the box of an item. */
    String boxOf(String itemRef) {
        return boxes.stream().filter(b -> b.itemRef().equals(itemRef)).map(Box::id).findFirst().orElse(WHOLE_PLAN_BOX);
    }
}

package tw.uplift.review.tasks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.platform.pages.PlanTable;

/**
 * A submitted plan on a task page: the page base's {@link PlanTable} (the documents' layout), each measure carrying
 * its comment {@link Box} for the slot {@code review/fragments :: measureComment} ({@code m.extra}), and the boxes
 * in the order of the form.
 *
 * @param table the table
 * @param boxes the measures' comment boxes in the order of the form (the first one is where a missing comment is
 *              reported)
 */
record TaskContent(PlanTable table, List<Box> boxes) {

    /** The item reference of a comment on the plan as a whole (ItemComment's convention). */
    static final String WHOLE_PLAN = "plan";
    /** The element id of the whole plan's comment box. */
    static final String WHOLE_PLAN_BOX = "comment-plan";

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

    /** The content of a snapshot, its boxes holding {@code comments} (by item reference). */
    static TaskContent of(PlanContentSnapshot content, Map<String, String> comments) {
        List<Box> boxes = new ArrayList<>();
        if (content == null) {
            return new TaskContent(PlanTable.of(List.of()), boxes);
        }
        PlanTable table = PlanTable.of(content.dimensions().stream().map(d -> new PlanTable.Dimension(d.code(),
                d.title(), d.focusAreas().stream().map(f -> new PlanTable.FocusArea(f.code(), f.title(),
                        f.measures().stream().map(m -> {
                            Box box = null;
                            if (m.id() != null && !m.id().isBlank() && !WHOLE_PLAN.equals(m.id())) {
                                box = Box.of("comment-" + (boxes.size() + 1), m.id(), comments);
                                boxes.add(box);
                            }
                            return new PlanTable.Measure(m.code(), m.title(), m.text(), m.units(), m.deadlineText(),
                                    m.dueDate(), m.cadence(), m.expectedBenefit(), box);
                        }).toList())).toList())).toList());
        return new TaskContent(table, boxes);
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

package tw.uplift.plan.authoring.web;

import java.time.Instant;
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
import tw.uplift.platform.pages.PlanTable;

/**
 * A plan's content on the plan pages: the page base's {@link PlanTable} (the documents' layout), each measure
 * carrying its {@link Progress} for the plan's slots ({@code plan/fragments :: measureComments / measureProgress}),
 * and the reviewer's comments on the plan as a whole.
 *
 * @param table             the table
 * @param planComments      the reviewer's comments on the plan as a whole, and any about an item no longer in it
 * @param commentsByMeasure the reviewer's comments on each measure, by its id
 */
public record PlanPageContent(PlanTable table, List<String> planComments, Map<String, List<String>> commentsByMeasure) {

    /** The item reference of a comment about the whole plan. */
    public static final String PLAN_REF = "plan";

    /**
     * What the plan pages show with a measure beside the documents' columns ({@code m.extra} in the slots).
     *
     * @param id          the measure's id, or null (a draft not saved yet)
     * @param comments    the reviewer's comments on it
     * @param carriedOver copied from last year's plan unfinished (延續辦理)
     */
    public record Progress(String id, Instant completedAt, boolean overdue, List<String> comments,
            boolean carriedOver) {

        public boolean completed() {
            return completedAt != null;
        }
    }

    /** The table of a plan, without review comments (the public page). */
    public static PlanTable tableOf(List<Dimension> dimensions) {
        return of(dimensions, List.of()).table();
    }

    /** The table of a plan, with the comments of its last review beside the measures they are about. */
    public static PlanPageContent of(List<Dimension> dimensions, List<ReviewComment> comments) {
        Map<String, List<String>> byItem = new LinkedHashMap<>();
        for (ReviewComment c : comments == null ? List.<ReviewComment>of() : comments) {
            byItem.computeIfAbsent(c.itemRef() == null ? PLAN_REF : c.itemRef(), k -> new ArrayList<>()).add(c.comment());
        }
        Map<String, List<String>> byMeasure = new LinkedHashMap<>();
        PlanTable table = PlanTable.of(dimensions.stream().map(d -> new PlanTable.Dimension(d.code(), d.title(),
                d.focusAreas().stream().map(f -> new PlanTable.FocusArea(f.code(), f.title(), f.measures().stream()
                        .map(m -> {
                            List<String> said = m.id() == null ? null : byItem.remove(m.id());
                            if (said != null) {
                                byMeasure.put(m.id(), said);
                            }
                            return row(m, said == null ? List.of() : said);
                        }).toList())).toList())).toList());
        // What is left is about the plan, or about a measure that is gone since: shown at the top all the same.
        List<String> planComments = new ArrayList<>();
        byItem.values().forEach(planComments::addAll);
        return new PlanPageContent(table, planComments, byMeasure);
    }

    private static PlanTable.Measure row(Measure m, List<String> comments) {
        return new PlanTable.Measure(m.code(), m.title(), m.text(), m.units(), m.deadlineText(), m.dueDate(),
                m.cadence(), m.expectedBenefit(), new Progress(m.id(), m.completedAt(), m.overdue(), comments,
                m.carriedOver()));
    }

    /**
     * The table of content not saved yet (an imported document): with the year its deadlines are read in, or,
     * when the year is not known, with the deadline phrases alone.
     */
    public static PlanTable ofDraft(Integer rocYear, List<PlanContent.DimensionDraft> content) {
        if (rocYear != null && RocYear.isValid(rocYear)) {
            return tableOf(PlanContent.build(rocYear, content));
        }
        return tableOf(content.stream().map(d -> new Dimension(d.code(), d.title(), d.focusAreas().stream()
                .map(f -> new FocusArea(f.code(), f.title(), f.measures().stream()
                        .map(m -> new Measure(m.id(), m.code(), m.title(), m.text(), m.units(), m.deadline(), null, null,
                                m.expectedBenefit(), m.indicators(), m.previousId(), m.carriedOver(), null, null))
                        .toList()))
                .toList())).toList());
    }
}

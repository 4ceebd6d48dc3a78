package tw.uplift.planimport;

import java.util.ArrayList;
import java.util.List;
import tw.uplift.planimport.deadline.Deadline;
import tw.uplift.planimport.model.ImportedPlan;

/** The plan tree without line numbers and warnings: what must be equal when only the layout differs. */
public final class PlanTrees {

    public record Measure(String code, String title, String text, List<String> units, Deadline deadline, String benefit) {
    }

    public record FocusArea(String code, String title, List<Measure> measures) {
    }

    public record Dimension(String code, String title, List<FocusArea> focusAreas) {
    }

    public record Tree(String agency, Integer rocYear, String title, List<Dimension> dimensions) {
    }

    private PlanTrees() {
    }

    /** The tree with one focus area's measures replaced: for layouts that change a few measures on purpose. */
    public static Tree withMeasures(Tree tree, int dimension, int focusArea, List<Measure> measures) {
        List<Dimension> dimensions = new ArrayList<>(tree.dimensions());
        Dimension d = dimensions.get(dimension);
        List<FocusArea> areas = new ArrayList<>(d.focusAreas());
        FocusArea f = areas.get(focusArea);
        areas.set(focusArea, new FocusArea(f.code(), f.title(), List.copyOf(measures)));
        dimensions.set(dimension, new Dimension(d.code(), d.title(), List.copyOf(areas)));
        return new Tree(tree.agency(), tree.rocYear(), tree.title(), List.copyOf(dimensions));
    }

    public static Tree of(ImportedPlan plan) {
        return new Tree(plan.agency(), plan.rocYear(), plan.title(), plan.dimensions().stream()
                .map(d -> new Dimension(d.code(), d.title(), d.focusAreas().stream()
                        .map(f -> new FocusArea(f.code(), f.title(), f.measures().stream()
                                .map(m -> new Measure(m.code(), m.title(), m.text(), m.units(), m.deadline(), m.expectedBenefit()))
                                .toList()))
                        .toList()))
                .toList());
    }
}

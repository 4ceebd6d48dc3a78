package tw.uplift.planimport;

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

package tw.uplift.review.tasks.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.review.inspection.Finding;
import tw.uplift.review.inspection.FindingVerdict;
import tw.uplift.review.inspection.Sample;
import tw.uplift.review.tasks.ReviewTask;

/**
 * A routine check on its page: the sample form (method, size, seed, or measures picked by hand) and, once a sample
 * is drawn, a finding per sampled measure (verdict, reason, corrective action and its due date). The form fields are
 * numbered by the measure's place in the sample ({@code verdict-1}, {@code reason-1}, …), so any measure id works in
 * an element id.
 *
 * @param mayWork  the caller is the check's assignee and it is open
 * @param sample   the drawn sample, or null
 * @param rows     one per sampled measure, with what was typed, recorded or pre-filled
 * @param measures every measure of the plan, to pick by hand
 * @param form     the sample form as typed: method, size, seed and the picked measure ids
 */
record CheckView(boolean mayWork, Sample sample, List<Row> rows, List<Choice> measures, SampleForm form) {

    /** Verdicts in the order the page offers them. */
    static final List<FindingVerdict> VERDICTS = List.of(FindingVerdict.values());

    /** A sampled measure and its finding's fields. */
    record Row(int index, String measureId, String code, String title, String deadline, FindingVerdict verdict,
            String reason, String action, String due) {
    }

    /** A measure to pick by hand. */
    record Choice(int index, String measureId, String label, boolean picked) {
    }

    /** The sample form as typed (or defaults). */
    record SampleForm(String method, String size, String seed, Set<String> picked) {

        static final SampleForm DEFAULT = new SampleForm("RANDOM", "5", "", Set.of());
    }

    /**
     * The page's check, from the task and what the reviewer typed ({@code typed}: the findings form fields, empty
     * when the page is not a re-shown form).
     */
    static CheckView of(ReviewTask task, boolean mayWork, SampleForm form, Map<String, String> typed,
            LocalDate defaultDue) {
        List<PlanContentSnapshot.Measure> all = measures(task.content());
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            PlanContentSnapshot.Measure m = all.get(i);
            choices.add(new Choice(i + 1, m.id(), label(m), form.picked().contains(m.id())));
        }
        List<Row> rows = new ArrayList<>();
        Sample sample = task.sample();
        if (sample != null) {
            for (int i = 0; i < sample.measureIds().size(); i++) {
                String id = sample.measureIds().get(i);
                int n = i + 1;
                PlanContentSnapshot.Measure m = all.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                Finding recorded = task.findings().stream().filter(f -> f.measureId().equals(id)).findFirst()
                        .orElse(null);
                rows.add(recorded != null
                        ? new Row(n, id, m == null ? "" : m.code(), m == null ? id : m.title(),
                                m == null ? null : m.deadlineText(), recorded.verdict(), recorded.reason(),
                                recorded.correctiveAction(),
                                recorded.actionDueDate() == null ? "" : recorded.actionDueDate().toString())
                        : new Row(n, id, m == null ? "" : m.code(), m == null ? id : m.title(),
                                m == null ? null : m.deadlineText(), verdictOf(typed.get("verdict-" + n)),
                                typed.getOrDefault("reason-" + n, ""), typed.getOrDefault("action-" + n, ""),
                                typed.getOrDefault("due-" + n, defaultDue.toString())));
            }
        }
        return new CheckView(mayWork, sample, rows, choices, form);
    }

    private static FindingVerdict verdictOf(String value) {
        return VERDICTS.stream().filter(v -> v.name().equals(value)).findFirst().orElse(null);
    }

    private static String label(PlanContentSnapshot.Measure m) {
        return (m.code() == null || m.code().isBlank() ? "" : m.code() + ". ") + m.title();
    }

    private static List<PlanContentSnapshot.Measure> measures(PlanContentSnapshot content) {
        if (content == null) {
            return List.of();
        }
        return content.dimensions().stream().flatMap(d -> d.focusAreas().stream())
                .flatMap(f -> f.measures().stream()).toList();
    }
}

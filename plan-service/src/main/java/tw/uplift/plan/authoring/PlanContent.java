package tw.uplift.plan.authoring;

import java.util.List;
import java.util.UUID;
import tw.uplift.planimport.deadline.Deadline;
import tw.uplift.planimport.deadline.DeadlineParser;

/**
 * Builds a plan's tree from what a clerk typed or an import produced, giving every measure a stable id
 * and turning its deadline phrase (完成期限) into a date in the plan year or a reporting cadence, with
 * the same parser the importer uses.
 */
public final class PlanContent {

    private PlanContent() {
    }

    /** A measure as written, before ids and dates. {@code id} is kept when the measure already existed. */
    public record MeasureDraft(String id, String code, String title, String text, List<String> units, String deadline,
            String expectedBenefit) {
    }

    public record FocusAreaDraft(String code, String title, List<MeasureDraft> measures) {
    }

    public record DimensionDraft(String code, String title, List<FocusAreaDraft> focusAreas) {
    }

    public static List<Dimension> build(int rocYear, List<DimensionDraft> drafts) {
        DeadlineParser parser = DeadlineParser.forRocYear(rocYear);
        return drafts.stream().map(d -> new Dimension(nullToEmpty(d.code()), d.title(), d.focusAreas().stream()
                .map(f -> new FocusArea(nullToEmpty(f.code()), f.title(), f.measures().stream()
                        .map(m -> measure(parser, m)).toList()))
                .toList())).toList();
    }

    private static Measure measure(DeadlineParser parser, MeasureDraft m) {
        String id = m.id() == null || m.id().isBlank() ? "m-" + UUID.randomUUID() : m.id();
        String phrase = m.deadline() == null || m.deadline().isBlank() ? null : m.deadline().strip();
        java.time.LocalDate due = null;
        String cadence = null;
        if (phrase != null) {
            Deadline parsed = parser.parse(phrase);
            switch (parsed) {
                case Deadline.OnDate onDate -> due = onDate.date();
                case Deadline.Continuous continuous -> cadence = continuous.cadence().name();
                case Deadline.Recurring recurring -> cadence = recurring.cadence().name();
                case Deadline.Unparsed unparsed -> { } // kept as text; the clerk sees it undated
            }
        }
        return new Measure(id, nullToEmpty(m.code()), m.title(), m.text(), m.units(), phrase, due, cadence,
                m.expectedBenefit(), null, false);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}

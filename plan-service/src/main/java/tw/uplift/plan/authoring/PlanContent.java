package tw.uplift.plan.authoring;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import tw.uplift.planimport.deadline.Deadline;
import tw.uplift.planimport.deadline.DeadlineParser;

/**
 * Builds a plan's text from what a clerk typed or an import produced, giving every measure a stable id and turning
 * each deadline phrase (完成期限) into a date in the plan year or a reporting cadence, with the same parser the
 * importer uses.
 */
public final class PlanContent {

    private PlanContent() {
    }

    /**
     * A measure as written, before ids and dates. {@code id} is kept when the measure already existed.
     *
     * @param previousId  the measure of last year's plan it was copied from, or null
     * @param carriedOver copied from last year's plan unfinished (延續辦理)
     */
    public record MeasureDraft(String id, String code, String title, String text, List<String> units, String deadline,
            String expectedBenefit, List<Indicator> indicators, String previousId, boolean carriedOver) {

        public MeasureDraft {
            units = units == null ? List.of() : List.copyOf(units);
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
        }

        /** A new measure with no indicators and no past. */
        public MeasureDraft(String id, String code, String title, String text, List<String> units, String deadline,
                String expectedBenefit) {
            this(id, code, title, text, units, deadline, expectedBenefit, List.of(), null, false);
        }
    }

    public record FocusAreaDraft(String code, String title, List<MeasureDraft> measures) {
    }

    public record DimensionDraft(String code, String title, List<FocusAreaDraft> focusAreas) {
    }

    /** A whole plan as written. */
    public record TextDraft(String title, String frameworkId, PlanHeader header, List<DimensionDraft> dimensions) {
    }

    /** The plan's text for a year: ids given, deadline phrases read for that year. */
    public static PlanText text(int rocYear, TextDraft draft) {
        return new PlanText(draft.title(), draft.frameworkId(), header(rocYear, draft.header()),
                build(rocYear, draft.dimensions()));
    }

    public static List<Dimension> build(int rocYear, List<DimensionDraft> drafts) {
        DeadlineParser parser = DeadlineParser.forRocYear(rocYear);
        return drafts.stream().map(d -> new Dimension(nullToEmpty(d.code()), d.title(), d.focusAreas().stream()
                .map(f -> new FocusArea(nullToEmpty(f.code()), f.title(), f.measures().stream()
                        .map(m -> measure(parser, m)).toList()))
                .toList())).toList();
    }

    /** The header with its result-submission deadlines (次年1月) read for the plan year. */
    static PlanHeader header(int rocYear, PlanHeader header) {
        if (header == null) {
            return PlanHeader.EMPTY;
        }
        DeadlineParser parser = DeadlineParser.forRocYear(rocYear);
        PlanHeader.Supervision s = header.supervision();
        List<PlanHeader.ResultDuty> duties = s.resultSubmissions().stream()
                .map(d -> new PlanHeader.ResultDuty(d.text(), d.deadlineText(), dateOf(parser, d.deadlineText())))
                .toList();
        return new PlanHeader(header.basis(), header.goals(), header.scope(),
                new PlanHeader.Supervision(s.regularCheck(), s.annualReview(), s.rules(), duties), header.team());
    }

    /** Draft of a measure as it stands, to write it again (next year, an amendment). */
    public static MeasureDraft draftOf(Measure m) {
        return new MeasureDraft(m.id(), m.code(), m.title(), m.text(), m.units(), m.deadlineText(), m.expectedBenefit(),
                m.indicators(), m.previousId(), m.carriedOver());
    }

    public static List<DimensionDraft> draftOf(List<Dimension> dimensions) {
        return dimensions.stream().map(d -> new DimensionDraft(d.code(), d.title(), d.focusAreas().stream()
                .map(f -> new FocusAreaDraft(f.code(), f.title(), f.measures().stream().map(PlanContent::draftOf)
                        .toList()))
                .toList())).toList();
    }

    private static Measure measure(DeadlineParser parser, MeasureDraft m) {
        String id = m.id() == null || m.id().isBlank() ? "m-" + UUID.randomUUID() : m.id();
        String phrase = m.deadline() == null || m.deadline().isBlank() ? null : m.deadline().strip();
        LocalDate due = null;
        String cadence = null;
        if (phrase != null) {
            switch (parser.parse(phrase)) {
                case Deadline.OnDate onDate -> due = onDate.date();
                case Deadline.Continuous continuous -> cadence = continuous.cadence().name();
                case Deadline.Recurring recurring -> cadence = recurring.cadence().name();
                case Deadline.Unparsed unparsed -> { } // kept as text; the clerk sees it undated
            }
        }
        return new Measure(id, nullToEmpty(m.code()), m.title(), m.text(), m.units(), phrase, due, cadence,
                m.expectedBenefit(), m.indicators(), m.previousId(), m.carriedOver(), null, null);
    }

    private static LocalDate dateOf(DeadlineParser parser, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return null;
        }
        return parser.parse(phrase.strip()) instanceof Deadline.OnDate onDate ? onDate.date() : null;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}

package tw.uplift.plan.history.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tw.uplift.plan.authoring.Dimension;
import tw.uplift.plan.authoring.FocusArea;
import tw.uplift.plan.authoring.Indicator;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.PlanChanges;
import tw.uplift.plan.authoring.PlanHeader;
import tw.uplift.plan.authoring.PlanText;
import tw.uplift.plan.authoring.web.PlanPageContent;
import tw.uplift.plan.history.TextDiff;
import tw.uplift.platform.pages.PageError;

/**
 * The change view (修正對照表) as the pages show it: the review comments of the older text each with the changes that
 * answer it, the header sections that changed, and each changed measure with where it stood and stands and every
 * edited field before and after, word by word ({@link TextDiff}). Built from {@link PlanChanges} and the two texts
 * it compared, so an added or removed measure can be shown whole.
 *
 * @param summary  the changes in a few words (the amendment's summary)
 * @param comments the older text's review comments with their answers, in the reviewer's order
 * @param header   the header sections that changed
 * @param measures the measures that changed, in the newer text's order, removed ones last
 */
public record ChangeView(String summary, List<CommentRow> comments, List<FieldRow> header, List<MeasureRows> measures) {

    /** Where the header's changes are on the page. */
    public static final String HEADER_ANCHOR = "header-changes";

    /**
     * One field, before and after.
     *
     * @param field the message key's last part: {@code title}, {@code units}, {@code location}, {@code basis} …
     */
    public record FieldRow(String field, TextDiff diff) {
    }

    /**
     * One changed measure and its field rows.
     *
     * @param anchor the element id of its heading cell (what a comment's answer links to)
     * @param label  its code path and title: 「一(一)1 訂定標準作業流程(SOP)」
     * @param where  where it stands (where it stood, for a removed one)
     * @param moved  whether it moved (then {@code fields} start with its location, before and after)
     */
    public record MeasureRows(String anchor, PlanChanges.Kind kind, String label, String where, boolean moved,
            boolean edited, List<FieldRow> fields) {
    }

    /** A link to a change on the page; {@code label} is null for the header's changes. */
    public record Answer(String anchor, String label) {
    }

    /**
     * A review comment and how it was answered.
     *
     * @param about   the label of the measure it is about, or null for the plan as a whole
     * @param gone    whether the measure it is about is in neither text (a comment on an item since removed)
     * @param answers the changes that answer it, linked
     */
    public record CommentRow(String about, boolean gone, String comment, List<Answer> answers) {

        public boolean answered() {
            return !answers.isEmpty();
        }
    }

    /** The changes from {@code older} to {@code newer}, and how they answer {@code comments} (of the older text). */
    public static ChangeView of(PlanText older, PlanText newer, PlanChanges changes,
            List<PlanChanges.AnsweredComment> comments) {
        Map<String, Placed> was = placed(older);
        Map<String, Placed> now = placed(newer);
        List<MeasureRows> measures = changes.measures().stream().map(c -> rows(c, was.get(c.measureId()),
                now.get(c.measureId()))).toList();
        Map<String, MeasureRows> byId = new LinkedHashMap<>();
        for (int i = 0; i < measures.size(); i++) {
            byId.put(changes.measures().get(i).measureId(), measures.get(i));
        }
        List<FieldRow> header = changes.headerSections().stream()
                .map(s -> new FieldRow(s, TextDiff.of(section(older, s), section(newer, s)))).toList();
        List<CommentRow> commentRows = comments.stream().map(a -> comment(a, was, now, byId)).toList();
        return new ChangeView(changes.summary(), commentRows, header, measures);
    }

    public boolean isEmpty() {
        return header.isEmpty() && measures.isEmpty();
    }

    public long unanswered() {
        return comments.stream().filter(c -> !c.answered()).count();
    }

    private static CommentRow comment(PlanChanges.AnsweredComment answered, Map<String, Placed> was,
            Map<String, Placed> now, Map<String, MeasureRows> byId) {
        String ref = answered.comment().itemRef();
        boolean onPlan = ref == null || PlanPageContent.PLAN_REF.equals(ref);
        Placed item = onPlan ? null : was.getOrDefault(ref, now.get(ref));
        List<Answer> answers = new ArrayList<>();
        if (answered.headerChanged()) {
            answers.add(new Answer(HEADER_ANCHOR, null));
        }
        answered.changes().forEach(c -> {
            MeasureRows rows = byId.get(c.measureId());
            answers.add(new Answer(rows.anchor(), rows.label()));
        });
        return new CommentRow(onPlan ? null : item == null ? ref : item.label(), !onPlan && item == null,
                answered.comment().comment(), List.copyOf(answers));
    }

    private static MeasureRows rows(PlanChanges.MeasureChange change, Placed was, Placed now) {
        String anchor = "change-" + PageError.anchorOf(change.measureId());
        return switch (change.kind()) {
            case ADDED -> new MeasureRows(anchor, change.kind(), now.label(), now.where(), false, false,
                    whole(now.measure(), false));
            case REMOVED -> new MeasureRows(anchor, change.kind(), was.label(), was.where(), false, false,
                    whole(was.measure(), true));
            case CHANGED -> {
                List<FieldRow> fields = new ArrayList<>();
                if (change.moved()) {
                    fields.add(new FieldRow("location", TextDiff.of(was.where(), now.where())));
                }
                change.fields().forEach(f -> fields.add(new FieldRow(f.field(), TextDiff.of(f.before(), f.after()))));
                yield new MeasureRows(anchor, change.kind(), now.label(), now.where(), change.moved(), change.edited(),
                        List.copyOf(fields));
            }
        };
    }

    /** An added or removed measure shown whole, on its side only. */
    private static List<FieldRow> whole(Measure m, boolean before) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", m.title());
        fields.put("text", m.text());
        fields.put("units", String.join("、", m.units()));
        fields.put("deadline", m.deadlineText());
        fields.put("expectedBenefit", m.expectedBenefit());
        fields.put("indicators", indicators(m));
        List<FieldRow> rows = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (value != null && !value.isBlank()) {
                List<TextDiff.Segment> side = List.of(new TextDiff.Segment(value, false));
                rows.add(new FieldRow(field, before ? new TextDiff(side, List.of()) : new TextDiff(List.of(), side)));
            }
        });
        return List.copyOf(rows);
    }

    private static String indicators(Measure m) {
        return m.indicators().stream().map(ChangeView::indicator).collect(Collectors.joining("\n"));
    }

    private static String indicator(Indicator i) {
        return i.name() + "：" + (i.baseline() == null ? "" : i.baseline().toPlainString() + " → ")
                + (i.target() == null ? "" : i.target().toPlainString()) + (i.unit() == null ? "" : " " + i.unit());
    }

    /** A header section as text, one paragraph (or row) per line. */
    static String section(PlanText text, String section) {
        PlanHeader h = text.header();
        return switch (section) {
            case "title" -> text.title();
            case "basis" -> String.join("\n", h.basis());
            case "goals" -> String.join("\n", h.goals());
            case "scope" -> h.scope();
            case "supervision" -> supervision(h.supervision());
            case "team" -> team(h.team());
            default -> null;
        };
    }

    private static String supervision(PlanHeader.Supervision s) {
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, s.regularCheck());
        addIfPresent(lines, s.annualReview());
        s.rules().forEach(r -> addIfPresent(lines, r));
        s.resultSubmissions().forEach(d -> addIfPresent(lines, d.text()
                + (d.deadlineText() == null ? "" : "（" + d.deadlineText() + "）")));
        return String.join("\n", lines);
    }

    private static String team(PlanHeader.PromotionTeam team) {
        if (team == null) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        addIfPresent(lines, team.name());
        team.members().forEach(m -> lines.add(m.role() + (m.member() == null ? "" : "：" + m.member())
                + (m.duty() == null ? "" : "（" + m.duty() + "）")));
        return String.join("\n", lines);
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    /** A measure where it stands: its label and its dimension › focus area. */
    private record Placed(Measure measure, String label, String where) {
    }

    private static Map<String, Placed> placed(PlanText text) {
        Map<String, Placed> byId = new LinkedHashMap<>();
        for (Dimension d : text.dimensions()) {
            for (FocusArea f : d.focusAreas()) {
                String where = joined(joined(d.code(), d.title(), "、"), joined(f.code(), f.title(), ""), " › ");
                for (Measure m : f.measures()) {
                    String codes = (nullToEmpty(d.code()) + nullToEmpty(f.code()) + nullToEmpty(m.code())).strip();
                    byId.putIfAbsent(m.id(), new Placed(m, joined(codes, m.title(), " "), where));
                }
            }
        }
        return byId;
    }

    private static String joined(String first, String second, String separator) {
        String a = nullToEmpty(first).strip();
        String b = nullToEmpty(second).strip();
        return a.isEmpty() ? b : b.isEmpty() ? a : a + separator + b;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

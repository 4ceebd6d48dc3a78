package tw.uplift.plan.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed between two texts of a plan (修正對照): header sections, and each measure added, removed, edited (which
 * fields, before and after) or moved to another dimension or focus area. Measures are matched by their stable id,
 * so a measure rewritten and moved is one change, not a removal and an addition.
 *
 * @param headerSections the header sections that changed ({@code title}, {@code basis}, {@code goals}, {@code scope},
 *                       {@code supervision}, {@code team}), in that order
 * @param measures       the measures that changed, in the order of the newer text (removed ones last)
 */
public record PlanChanges(List<String> headerSections, List<MeasureChange> measures) {

    /** Where a measure stands: its dimension (執行要項) and focus area (執行重點), by code and title. */
    public record Location(String dimension, String focusArea) {
    }

    /** One field of a measure, before and after. */
    public record FieldChange(String field, String before, String after) {
    }

    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /**
     * One measure's change.
     *
     * @param from   where it stood before (null when added)
     * @param to     where it stands now (null when removed)
     * @param fields the fields edited (empty when only moved, added or removed)
     */
    public record MeasureChange(Kind kind, String measureId, String label, Location from, Location to,
            List<FieldChange> fields) {

        public boolean moved() {
            return kind == Kind.CHANGED && !Objects.equals(from, to);
        }

        public boolean edited() {
            return !fields.isEmpty();
        }
    }

    /** A review comment and the changes that answer it (on its measure; the header's for a comment on the plan). */
    public record AnsweredComment(ReviewComment comment, List<MeasureChange> changes, boolean headerChanged) {

        public boolean answered() {
            return !changes.isEmpty() || headerChanged;
        }
    }

    public static PlanChanges between(PlanText before, PlanText after) {
        List<String> header = new ArrayList<>();
        PlanHeader b = before.header();
        PlanHeader a = after.header();
        addIfChanged(header, "title", before.title(), after.title());
        addIfChanged(header, "basis", b.basis(), a.basis());
        addIfChanged(header, "goals", b.goals(), a.goals());
        addIfChanged(header, "scope", b.scope(), a.scope());
        addIfChanged(header, "supervision", b.supervision(), a.supervision());
        addIfChanged(header, "team", b.team(), a.team());

        Map<String, Placed> old = placed(before);
        Map<String, Placed> now = placed(after);
        List<MeasureChange> changes = new ArrayList<>();
        now.forEach((id, p) -> {
            Placed was = old.get(id);
            if (was == null) {
                changes.add(new MeasureChange(Kind.ADDED, id, p.label(), null, p.location(), List.of()));
                return;
            }
            List<FieldChange> fields = fieldChanges(was.measure(), p.measure());
            if (!fields.isEmpty() || !was.location().equals(p.location())) {
                changes.add(new MeasureChange(Kind.CHANGED, id, p.label(), was.location(), p.location(),
                        fields));
            }
        });
        old.forEach((id, was) -> {
            if (!now.containsKey(id)) {
                changes.add(new MeasureChange(Kind.REMOVED, id, was.label(), was.location(), null, List.of()));
            }
        });
        return new PlanChanges(List.copyOf(header), List.copyOf(changes));
    }

    public boolean isEmpty() {
        return headerSections.isEmpty() && measures.isEmpty();
    }

    /**
     * Each review comment with the changes that answer it: a comment on a measure is answered by a change of that
     * measure; a comment on the whole plan ({@code plan}) by a change of the header or of any measure.
     */
    public List<AnsweredComment> answering(List<ReviewComment> comments) {
        Map<String, List<MeasureChange>> byMeasure = measures.stream()
                .collect(Collectors.groupingBy(MeasureChange::measureId, LinkedHashMap::new, Collectors.toList()));
        return comments.stream().map(c -> "plan".equals(c.itemRef())
                ? new AnsweredComment(c, measures, !headerSections.isEmpty())
                : new AnsweredComment(c, byMeasure.getOrDefault(c.itemRef(), List.of()), false)).toList();
    }

    /** The changes in a few words, for {@code PlanAmended} and the history: 新增 1 項、修改 2 項推行作法（1、3）；修改計畫目標. */
    public String summary() {
        List<String> parts = new ArrayList<>();
        count(parts, "新增", Kind.ADDED, c -> true);
        count(parts, "刪除", Kind.REMOVED, c -> true);
        count(parts, "修改", Kind.CHANGED, MeasureChange::edited);
        count(parts, "移動", Kind.CHANGED, MeasureChange::moved);
        String measurePart = parts.isEmpty() ? "" : String.join("、", parts) + "推行作法";
        String headerPart = headerSections.isEmpty() ? ""
                : "修改" + headerSections.stream().map(PlanChanges::sectionName).collect(Collectors.joining("、"));
        return List.of(measurePart, headerPart).stream().filter(s -> !s.isEmpty()).collect(Collectors.joining("；"));
    }

    private void count(List<String> parts, String verb, Kind kind, java.util.function.Predicate<MeasureChange> which) {
        List<MeasureChange> matching = measures.stream().filter(c -> c.kind() == kind && which.test(c)).toList();
        if (!matching.isEmpty()) {
            String labels = matching.stream().map(MeasureChange::label).limit(5).collect(Collectors.joining("、"));
            parts.add(verb + " " + matching.size() + " 項（" + labels + (matching.size() > 5 ? "…" : "") + "）");
        }
    }

    private static String sectionName(String section) {
        return switch (section) {
            case "title" -> "計畫名稱";
            case "basis" -> "計畫依據";
            case "goals" -> "計畫目標";
            case "scope" -> "實施對象";
            case "supervision" -> "督考方式";
            case "team" -> "推動小組";
            default -> section;
        };
    }

    /** A measure where it stands, labelled by the codes of its dimension, focus area and its own: 一(二)3. */
    private record Placed(Measure measure, Location location, String label) {
    }

    private static Map<String, Placed> placed(PlanText text) {
        Map<String, Placed> byId = new LinkedHashMap<>();
        for (Dimension d : text.dimensions()) {
            for (FocusArea f : d.focusAreas()) {
                Location at = new Location(joined(d.code(), d.title()), joined(f.code(), f.title()));
                for (Measure m : f.measures()) {
                    String code = nullToEmpty(d.code()) + nullToEmpty(f.code()) + nullToEmpty(m.code());
                    byId.putIfAbsent(m.id(), new Placed(m, at, code.isEmpty() ? m.title() : code));
                }
            }
        }
        return byId;
    }

    private static List<FieldChange> fieldChanges(Measure before, Measure after) {
        List<FieldChange> fields = new ArrayList<>();
        field(fields, "code", before, after, Measure::code);
        field(fields, "title", before, after, Measure::title);
        field(fields, "text", before, after, Measure::text);
        field(fields, "units", before, after, m -> String.join("、", m.units()));
        field(fields, "deadline", before, after, Measure::deadlineText);
        field(fields, "expectedBenefit", before, after, Measure::expectedBenefit);
        field(fields, "indicators", before, after, m -> m.indicators().stream().map(PlanChanges::indicatorText)
                .collect(Collectors.joining("；")));
        return fields;
    }

    private static void field(List<FieldChange> fields, String name, Measure before, Measure after,
            Function<Measure, String> value) {
        String b = blankToNull(value.apply(before));
        String a = blankToNull(value.apply(after));
        if (!Objects.equals(b, a)) {
            fields.add(new FieldChange(name, b, a));
        }
    }

    private static String indicatorText(Indicator i) {
        return i.name() + " " + (i.baseline() == null ? "" : i.baseline().toPlainString() + " → ")
                + (i.target() == null ? "" : i.target().toPlainString()) + (i.unit() == null ? "" : " " + i.unit());
    }

    private static void addIfChanged(List<String> sections, String name, Object before, Object after) {
        if (!Objects.equals(normal(before), normal(after))) {
            sections.add(name);
        }
    }

    private static Object normal(Object value) {
        return value instanceof String s && s.isBlank() ? null : value;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }

    private static String joined(String code, String title) {
        String c = code == null ? "" : code.strip();
        String t = title == null ? "" : title.strip();
        return c.isEmpty() ? t : t.isEmpty() ? c : c + " " + t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

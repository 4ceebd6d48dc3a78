package tw.uplift.review.revisions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanContentSnapshot.Measure;

/**
 * The change view of a resubmitted plan (修正對照表): every measure of either revision, matched by its stable id,
 * with what changed and the comments of the earlier round about it. A comment about a measure that did not change is
 * what a reviewer looks for first: it was not answered.
 *
 * @param previousRevision the revision the comments were made on
 * @param revision         the resubmitted revision
 * @param measures         in the resubmitted plan's order, then the removed ones in the earlier order
 * @param planComments     the earlier round's comments on the whole plan (or on items no longer known)
 */
public record RevisionChanges(int previousRevision, int revision, List<MeasureChange> measures,
        List<String> planComments) {

    /** How a measure changed between the two revisions. */
    public enum Kind { ADDED, REMOVED, CHANGED, UNCHANGED }

    /**
     * One measure across the two revisions.
     *
     * @param fields   the fields that differ, in a fixed order
     * @param comments the earlier round's comments on this measure
     */
    public record MeasureChange(String measureId, String code, String title, Kind kind, List<FieldChange> fields,
            List<String> comments) {

        /** A comment on it went unanswered: it was commented on and is unchanged. */
        public boolean unanswered() {
            return kind == Kind.UNCHANGED && !comments.isEmpty();
        }
    }

    /** One field of a measure, before and after ({@code null} when empty). */
    public record FieldChange(String field, String before, String after) {
    }

    /** The fields compared, with how each is read from a measure (units joined with 、 as the documents write them). */
    private static final Map<String, Function<Measure, String>> FIELDS = fields();

    private static Map<String, Function<Measure, String>> fields() {
        Map<String, Function<Measure, String>> fields = new LinkedHashMap<>();
        fields.put("title", Measure::title);
        fields.put("text", Measure::text);
        fields.put("units", m -> m.units().isEmpty() ? null : String.join("、", m.units()));
        fields.put("deadline", Measure::deadlineText);
        fields.put("cadence", Measure::cadence);
        fields.put("expectedBenefit", Measure::expectedBenefit);
        return fields;
    }

    /**
     * Compares the earlier revision, on which {@code comments} were made, with the resubmitted one.
     */
    public static RevisionChanges between(int previousRevision, PlanContentSnapshot previous, int revision,
            PlanContentSnapshot current, List<ItemComment> comments) {
        Map<String, Measure> before = byId(previous);
        Map<String, Measure> after = byId(current);
        Map<String, List<String>> commentsOn = new LinkedHashMap<>();
        List<String> planComments = new ArrayList<>();
        for (ItemComment c : comments) {
            if (before.containsKey(c.itemRef()) || after.containsKey(c.itemRef())) {
                commentsOn.computeIfAbsent(c.itemRef(), k -> new ArrayList<>()).add(c.comment());
            } else {
                planComments.add(c.comment());
            }
        }
        List<MeasureChange> measures = new ArrayList<>();
        for (Measure now : after.values()) {
            Measure then = before.get(now.id());
            List<String> on = commentsOn.getOrDefault(now.id(), List.of());
            if (then == null) {
                measures.add(new MeasureChange(now.id(), now.code(), now.title(), Kind.ADDED, List.of(), on));
            } else {
                List<FieldChange> changed = differences(then, now);
                measures.add(new MeasureChange(now.id(), now.code(), now.title(),
                        changed.isEmpty() ? Kind.UNCHANGED : Kind.CHANGED, changed, on));
            }
        }
        for (Measure gone : before.values()) {
            if (!after.containsKey(gone.id())) {
                measures.add(new MeasureChange(gone.id(), gone.code(), gone.title(), Kind.REMOVED, List.of(),
                        commentsOn.getOrDefault(gone.id(), List.of())));
            }
        }
        return new RevisionChanges(previousRevision, revision, List.copyOf(measures), List.copyOf(planComments));
    }

    /** Whether anything differs at all. */
    public boolean anyChange() {
        return measures.stream().anyMatch(m -> m.kind() != Kind.UNCHANGED);
    }

    /** How many of the earlier round's measure comments went unanswered. */
    public long unanswered() {
        return measures.stream().filter(MeasureChange::unanswered).count();
    }

    private static List<FieldChange> differences(Measure then, Measure now) {
        List<FieldChange> changed = new ArrayList<>();
        FIELDS.forEach((field, read) -> {
            String a = blankToNull(read.apply(then));
            String b = blankToNull(read.apply(now));
            if (!Objects.equals(a, b)) {
                changed.add(new FieldChange(field, a, b));
            }
        });
        return changed;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Map<String, Measure> byId(PlanContentSnapshot content) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        if (content != null) {
            content.dimensions().stream().flatMap(d -> d.focusAreas().stream()).flatMap(f -> f.measures().stream())
                    .forEach(m -> measures.putIfAbsent(m.id(), m));
        }
        return measures;
    }
}

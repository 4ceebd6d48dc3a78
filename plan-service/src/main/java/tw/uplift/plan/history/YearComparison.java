package tw.uplift.plan.history;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tw.uplift.plan.authoring.Dimension;
import tw.uplift.plan.authoring.FocusArea;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;

/**
 * Two years of an agency's plan side by side (年度對照), per dimension (執行要項) of the newer year: each measure of the
 * newer plan beside the one of the older plan it was copied from ({@link Measure#previousId()}), what is new this
 * year, and what was dropped since. Plans written apart (two imports) share no ids; there a measure of the same name
 * is shown beside its namesake, and said to be matched by name only.
 *
 * @param older  the plan of the earlier year
 * @param newer  the plan of the later year
 * @param groups one per dimension of the newer plan, then one per dimension only the older plan had
 */
public record YearComparison(Plan older, Plan newer, List<Group> groups) {

    /** How a row's two measures are related. */
    public enum Match {
        /** Copied from the older plan unfinished (延續辦理). */
        CARRIED_OVER,
        /** Copied from the older plan, where it was done: the work goes on (賡續辦理). */
        CONTINUED,
        /** Not copied, but of the same name as a measure of the older plan. */
        SAME_NAME,
        /** Only in the newer plan. */
        NEW,
        /** Only in the older plan. */
        DROPPED
    }

    /** A measure where it stands in its plan. */
    public record Placed(String dimension, String focusArea, Measure measure) {

        /** 「1. 訂定標準作業流程(SOP)」. */
        public String label() {
            String code = measure.code() == null || measure.code().isBlank() ? "" : measure.code() + ". ";
            return code + measure.title();
        }
    }

    /**
     * One row: a measure of each year, or of one of them.
     *
     * @param older the older year's measure, or null (new)
     * @param newer the newer year's measure, or null (dropped)
     */
    public record Row(Match match, Placed older, Placed newer) {

        /** Both years have it, under different dimensions. */
        public boolean moved() {
            return older != null && newer != null && !key(older.dimension()).equals(key(newer.dimension()));
        }
    }

    /** A dimension and its rows; {@code dimension} is as the newer plan words it (the older, for one it dropped). */
    public record Group(String dimension, List<Row> rows) {
    }

    /** The two plans compared, the earlier year first whichever order they are given in. */
    public static YearComparison of(Plan one, Plan other) {
        Plan older = one.getRocYear() <= other.getRocYear() ? one : other;
        Plan newer = older == one ? other : one;
        List<Placed> was = placed(older);
        List<Placed> now = placed(newer);

        Map<String, Placed> wasById = new LinkedHashMap<>();
        was.forEach(p -> wasById.putIfAbsent(p.measure().id(), p));
        Set<Placed> matched = new HashSet<>();
        Map<Placed, Row> rows = new LinkedHashMap<>();
        for (Placed p : now) {
            Placed source = wasById.get(p.measure().previousId());
            if (source != null && matched.add(source)) {
                rows.put(p, new Row(p.measure().carriedOver() ? Match.CARRIED_OVER : Match.CONTINUED, source, p));
            }
        }
        for (Placed p : now) {
            if (!rows.containsKey(p)) {
                Placed namesake = was.stream().filter(w -> !matched.contains(w)
                        && key(w.measure().title()).equals(key(p.measure().title()))).findFirst().orElse(null);
                if (namesake != null) {
                    matched.add(namesake);
                }
                rows.put(p, new Row(namesake == null ? Match.NEW : Match.SAME_NAME, namesake, p));
            }
        }

        Map<String, Group> groups = new LinkedHashMap<>();
        for (Placed p : now) {
            groups.computeIfAbsent(key(p.dimension()), k -> new Group(p.dimension(), new ArrayList<>()))
                    .rows().add(rows.get(p));
        }
        for (Placed w : was) {
            if (!matched.contains(w)) {
                groups.computeIfAbsent(key(w.dimension()), k -> new Group(w.dimension(), new ArrayList<>()))
                        .rows().add(new Row(Match.DROPPED, w, null));
            }
        }
        return new YearComparison(older, newer, groups.values().stream()
                .map(g -> new Group(g.dimension(), List.copyOf(g.rows()))).toList());
    }

    /** How many rows of each kind (every kind present, zero included). */
    public Map<Match, Integer> counts() {
        Map<Match, Integer> counts = new EnumMap<>(Match.class);
        for (Match m : Match.values()) {
            counts.put(m, 0);
        }
        groups.forEach(g -> g.rows().forEach(r -> counts.merge(r.match(), 1, Integer::sum)));
        return counts;
    }

    private static List<Placed> placed(Plan plan) {
        List<Placed> all = new ArrayList<>();
        for (Dimension d : plan.getDimensions()) {
            for (FocusArea f : d.focusAreas()) {
                for (Measure m : f.measures()) {
                    all.add(new Placed(joined(d.code(), d.title(), "、"), joined(f.code(), f.title(), ""), m));
                }
            }
        }
        return all;
    }

    /** What two names are compared by: their characters without spaces. */
    private static String key(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "");
    }

    private static String joined(String code, String title, String separator) {
        String c = code == null ? "" : code.strip();
        String t = title == null ? "" : title.strip();
        return c.isEmpty() ? t : t.isEmpty() ? c : c + separator + t;
    }
}

package tw.uplift.platform.test.bench;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One row of the benchmark table: a figure measured here, the anchor it is judged against (measured in the same run,
 * on the same machine), and the goal, already turned into a number from that anchor (for example "at least 60 % of the
 * trivial POST" becomes 0.6 × the POST rate measured a moment ago).
 *
 * @param benchmark  the benchmark that measured it ("survey answers")
 * @param figure     what the value is ("answers accepted over HTTP")
 * @param value      the median of the rounds
 * @param unit       "/s", "ms", "s", "MiB"
 * @param anchor     what it is compared with ("trivial validated POST"), or null where the goal is absolute
 * @param anchorValue the anchor's median in the same run (NaN without an anchor)
 * @param goal       the goal in words ("≥ 60 % of the anchor")
 * @param goalValue  the goal as a value in the figure's unit
 * @param higherIsBetter whether the figure must reach the goal from below (rates) or stay under it (latencies)
 * @param rounds     every round's value, for the reader who wants the spread
 */
public record BenchFigure(String benchmark, String figure, double value, String unit, String anchor, double anchorValue,
        String goal, double goalValue, boolean higherIsBetter, List<Double> rounds) {

    public BenchFigure {
        Objects.requireNonNull(benchmark);
        Objects.requireNonNull(figure);
        Objects.requireNonNull(unit);
        Objects.requireNonNull(goal);
        rounds = List.copyOf(rounds);
    }

    /** A rate or a size that must reach the goal: value ≥ goalValue. */
    public static BenchFigure atLeast(String benchmark, String figure, List<Double> rounds, String unit, String anchor,
            double anchorValue, String goal, double goalValue) {
        return new BenchFigure(benchmark, figure, Stats.median(rounds), unit, anchor, anchorValue, goal, goalValue, true,
                rounds);
    }

    /** A latency or a cost that must stay under the goal: value ≤ goalValue. */
    public static BenchFigure atMost(String benchmark, String figure, List<Double> rounds, String unit, String anchor,
            double anchorValue, String goal, double goalValue) {
        return new BenchFigure(benchmark, figure, Stats.median(rounds), unit, anchor, anchorValue, goal, goalValue, false,
                rounds);
    }

    /** value ÷ anchor, NaN without an anchor. */
    public double ratio() {
        return anchor == null || anchorValue == 0 ? Double.NaN : value / anchorValue;
    }

    /** Whether the figure has a goal at all (an informational figure, such as a registration rate, has none). */
    public boolean hasGoal() {
        return !Double.isNaN(goalValue);
    }

    public boolean met() {
        return !hasGoal() || (higherIsBetter ? value >= goalValue : value <= goalValue);
    }

    /** A figure without a goal: printed for the reader, judged against nothing. */
    public static BenchFigure informational(String benchmark, String figure, List<Double> rounds, String unit,
            String anchor, double anchorValue) {
        return new BenchFigure(benchmark, figure, Stats.median(rounds), unit, anchor, anchorValue, "—", Double.NaN,
                true, rounds);
    }

    /** One tab-separated line, the form {@link BenchReport} appends and the table printer reads. */
    String toLine() {
        return String.join("\t", clean(benchmark), clean(figure), number(value), clean(unit),
                anchor == null ? "" : clean(anchor), number(anchorValue), clean(goal), number(goalValue),
                higherIsBetter ? "higher" : "lower",
                rounds.stream().map(BenchFigure::number).collect(Collectors.joining(" ")));
    }

    static BenchFigure fromLine(String line) {
        String[] f = line.split("\t", -1);
        List<Double> rounds = f[9].isBlank() ? List.of()
                : java.util.Arrays.stream(f[9].trim().split(" ")).map(Double::valueOf).toList();
        return new BenchFigure(f[0], f[1], Double.parseDouble(f[2]), f[3], f[4].isEmpty() ? null : f[4],
                Double.parseDouble(f[5]), f[6], Double.parseDouble(f[7]), f[8].equals("higher"), rounds);
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }

    private static String number(double value) {
        return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.4f", value);
    }
}

package tw.uplift.review.tasks.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.uplift.review.scoring.Criterion;
import tw.uplift.review.scoring.ScoreSheet;
import tw.uplift.review.tasks.ReviewTask;

/**
 * The score-sheet form on an annual review's page: one number box per criterion ({@code score-1}, {@code score-2},
 * … by the dimension's place in the plan) and a comment, holding what the reviewer typed, else their sheet so far.
 *
 * @param mayScore    the caller may hand in a sheet (the assignee or a reviewer of the body free to review the
 *                    agency, while it is open)
 * @param mayFinalise the caller is the assignee and there is a sheet to finalise
 * @param rows        one per criterion
 * @param comment     the comment as typed or handed in
 */
record ScoringForm(boolean mayScore, boolean mayFinalise, List<Row> rows, String comment) {

    /** A criterion and its box. */
    record Row(int number, String code, String title, String weight, String value) {
    }

    static ScoringForm of(ReviewTask task, List<Criterion> criteria, String username, boolean mayScore,
            boolean mayFinalise, Map<String, String> typed) {
        ScoreSheet mine = task.scoreSheets().stream().filter(s -> s.reviewerId().equals(username)).findFirst()
                .orElse(null);
        List<Row> rows = new ArrayList<>();
        for (Criterion c : criteria) {
            String key = "score-" + c.number();
            String given = mine != null && mine.scores().size() >= c.number()
                    ? number(mine.scores().get(c.number() - 1)) : "";
            rows.add(new Row(c.number(), c.code(), c.title(), number(Math.round(c.weight() * 100) / 100.0),
                    typed.getOrDefault(key, given)));
        }
        String comment = typed.getOrDefault("comment", mine == null || mine.comment() == null ? "" : mine.comment());
        return new ScoringForm(mayScore, mayFinalise, rows, comment);
    }

    /** 85.0 → "85", 85.5 → "85.5": as a person would write it. */
    static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}

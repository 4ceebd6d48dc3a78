package tw.uplift.survey.courtesy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.platform.domain.InvalidInput.Problem;
import tw.uplift.survey.design.LocalizedText;

/**
 * The scoring sheet of a kind of courtesy test (評分表): criteria whose maxima add up to {@value #FULL_MARKS}, so the
 * score of a test, the sum of its points, is out of 100 like the bars supervising bodies set. A rubric that breaks
 * this is refused when it is made (at start-up, for a configured one), never when a tester is waiting.
 *
 * @param kind     the kind of test it scores
 * @param criteria in the order the form asks them
 */
public record Rubric(CourtesyTestKind kind, List<Criterion> criteria) {

    /** Full marks of every rubric. */
    public static final int FULL_MARKS = 100;
    /** Longest note per criterion. */
    public static final int MAX_NOTE = 500;

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** @throws IllegalArgumentException naming what is wrong with the rubric */
    public Rubric {
        if (kind == null || criteria == null || criteria.isEmpty()) {
            throw new IllegalArgumentException("a rubric has a kind and at least one criterion");
        }
        criteria = List.copyOf(criteria);
        Set<String> ids = new HashSet<>();
        int sum = 0;
        for (Criterion c : criteria) {
            String where = kind + " rubric, criterion " + c.id();
            if (c.id() == null || !ID.matcher(c.id()).matches() || !ids.add(c.id())) {
                throw new IllegalArgumentException(where + ": ids are unique, lower-case letters, digits and '-'");
            }
            if (!LocalizedText.hasChinese(c.text()) || c.text().en() == null) {
                throw new IllegalArgumentException(where + ": its text is needed in 繁體中文 and English");
            }
            if (c.section() != null && (!LocalizedText.hasChinese(c.section()) || c.section().en() == null)) {
                throw new IllegalArgumentException(where + ": its section is needed in 繁體中文 and English");
            }
            if (c.maxPoints() < 1) {
                throw new IllegalArgumentException(where + ": at most " + c.maxPoints() + " points; at least 1");
            }
            sum += c.maxPoints();
        }
        if (sum != FULL_MARKS) {
            throw new IllegalArgumentException(kind + " rubric: the maxima add up to " + sum + ", not " + FULL_MARKS);
        }
    }

    /**
     * Every problem with a tester's marks, each naming its field: a criterion not scored or scored outside
     * 0..its maximum ({@code scores.<id>.points}), a note too long ({@code scores.<id>.note}), a mark for a criterion
     * this rubric does not have ({@code scores.<id>}).
     */
    public List<Problem> problemsWith(Map<String, Mark> marks) {
        List<Problem> problems = new ArrayList<>();
        for (Criterion c : criteria) {
            Mark mark = marks.get(c.id());
            String field = "scores." + c.id();
            if (mark == null || mark.points() == null) {
                problems.add(new Problem(field + ".points", "score every criterion: 0 to " + c.maxPoints()));
            } else if (mark.points() < 0 || mark.points() > c.maxPoints()) {
                problems.add(new Problem(field + ".points", "must be 0 to " + c.maxPoints()));
            }
            if (mark != null && mark.note() != null && mark.note().length() > MAX_NOTE) {
                problems.add(new Problem(field + ".note", "at most " + MAX_NOTE + " characters"));
            }
        }
        marks.keySet().stream().filter(id -> criteria.stream().noneMatch(c -> c.id().equals(id))).sorted()
                .forEach(id -> problems.add(new Problem("scores." + id, "not a criterion of the " + kind + " rubric")));
        return problems;
    }

    /**
     * The marks as scored lines, in the rubric's order.
     *
     * @throws IllegalArgumentException when the marks have problems (check {@link #problemsWith} first)
     */
    public List<CriterionScore> score(Map<String, Mark> marks) {
        if (!problemsWith(marks).isEmpty()) {
            throw new IllegalArgumentException("marks with problems: " + problemsWith(marks));
        }
        return criteria.stream().map(c -> {
            Mark m = marks.get(c.id());
            return new CriterionScore(c.id(), c.section(), c.text(), c.maxPoints(), m.points(), m.note());
        }).toList();
    }

    /** The score of scored lines: the sum of their points. */
    public static int total(List<CriterionScore> scores) {
        return scores.stream().mapToInt(CriterionScore::points).sum();
    }
}

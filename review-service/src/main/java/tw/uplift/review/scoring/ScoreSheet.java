package tw.uplift.review.scoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.uplift.platform.domain.InvalidInput;

/**
 * One reviewer's score sheet (評分表) for an annual review: a score 0..100 per criterion of the rubric, in its order,
 * and a comment.
 *
 * @param reviewerId   who scored
 * @param reviewerName their name, for the others
 * @param scores       one per criterion, each 0..100
 * @param comment      their overall comment (評語), or null
 * @param submittedAt  when
 */
public record ScoreSheet(String reviewerId, String reviewerName, List<Double> scores, String comment,
        Instant submittedAt) {

    /** The longest comment a reviewer may give. */
    public static final int MAX_COMMENT = 2000;

    public ScoreSheet {
        Objects.requireNonNull(reviewerId, "reviewerId");
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    /**
     * A sheet as a reviewer filled it in, checked against the rubric: every criterion has a score 0..100, the
     * comment is not too long.
     *
     * @param scores one per criterion, nulls where none was given
     * @throws InvalidInput naming {@code scores[<n>]} (criterion numbers from 1) or {@code comment}
     */
    public static ScoreSheet filledIn(Rubric rubric, String reviewerId, String reviewerName, List<Double> scores,
            String comment, Instant at) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<Double> given = scores == null ? List.of() : scores;
        for (Criterion c : rubric.criteria()) {
            Double score = given.size() >= c.number() ? given.get(c.number() - 1) : null;
            if (score == null || score.isNaN() || score < 0 || score > 100) {
                problems.add(new InvalidInput.Problem("scores[" + c.number() + "]",
                        "a score from 0 to 100 for " + c.title()));
            }
        }
        if (given.size() > rubric.size()) {
            problems.add(new InvalidInput.Problem("scores", "the rubric has " + rubric.size() + " criteria"));
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            problems.add(new InvalidInput.Problem("comment", "at most " + MAX_COMMENT + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ScoreSheet(reviewerId, reviewerName, given, text, at);
    }

    /** The weighted total of this sheet by the rubric, not rounded. */
    public double total(Rubric rubric) {
        return rubric.total(scores);
    }
}

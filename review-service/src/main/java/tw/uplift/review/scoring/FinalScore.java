package tw.uplift.review.scoring;

import java.util.List;

/**
 * The final score of an annual review (總評分數) and its grade: the mean of the reviewers' weighted totals, every
 * sheet counting the same (an outlier too: the flag asks for a word before finalising, it never drops a sheet),
 * published rounded half up to two decimals and graded by that number.
 *
 * @param score  0..100, two decimals
 * @param grade  by the bands
 * @param sheets how many sheets it is the mean of
 */
public record FinalScore(double score, Grade grade, int sheets) {

    /**
     * @throws IllegalArgumentException when there is no sheet
     */
    public static FinalScore of(List<ScoreSheet> sheets, Rubric rubric, GradeBands bands) {
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("no score sheet");
        }
        double mean = sheets.stream().mapToDouble(s -> s.total(rubric)).average().orElseThrow();
        double score = GradeBands.published(mean);
        return new FinalScore(score, bands.grade(score), sheets.size());
    }
}

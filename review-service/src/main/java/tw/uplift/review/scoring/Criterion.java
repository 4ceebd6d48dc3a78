package tw.uplift.review.scoring;

/**
 * One line of a rubric (評分項目): a dimension of the plan (執行要項) and its weight.
 *
 * @param number its place in the plan, from 1; a score sheet's scores follow this order
 * @param code   as printed (e.g. {@code 一}), or empty
 * @param title  the dimension's title
 * @param weight its share of the total, in points out of 100
 */
public record Criterion(int number, String code, String title, double weight) {
}

package tw.uplift.survey.design;

/**
 * The numbers a survey closes with, read from its running aggregate once that has stopped counting.
 *
 * @param responses        n, the counted responses
 * @param satisfactionRate top-2-box share over all Likert answers (0..1), or null when there were none
 */
public record FinalCount(long responses, Double satisfactionRate) {
}

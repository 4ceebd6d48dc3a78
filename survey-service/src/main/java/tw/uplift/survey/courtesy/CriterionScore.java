package tw.uplift.survey.courtesy;

import tw.uplift.survey.design.LocalizedText;

/**
 * A criterion as it was scored, kept with its text and maximum as they were then: a rubric changed later does not
 * change a test already scored.
 *
 * @param criterionId the criterion's id in its rubric
 * @param section     its part of the test, or null
 * @param text        what was looked for
 * @param maxPoints   its maximum then
 * @param points      the points given, 0..maxPoints
 * @param note        the tester's note, or null
 */
public record CriterionScore(String criterionId, LocalizedText section, LocalizedText text, int maxPoints, int points,
        String note) {
}

package tw.uplift.contracts.survey;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A staff tester scored a unit of an agency in a phone courtesy test (電話禮貌測試) or a mystery-shopper visit
 * (神秘客訪查) with its rubric. Evidence for the linked measure; a score under the supervising body's courtesy bar
 * opens a follow-up (追蹤改善) in review-service. Each test is scored once: the event is never sent again for it.
 *
 * @param testId    the test (aggregate id, Kafka key)
 * @param agencyId  the agency tested
 * @param planId    linked plan, or null
 * @param measureId linked measure, or null
 * @param kind      phone or visit
 * @param unit      the unit tested, as the tester named it (e.g. 總機 / 戶籍登記課)
 * @param score     the points given, 0..maxScore
 * @param maxScore  the rubric's full marks (100)
 * @param testedAt  when the call or visit took place
 */
@EventType("tw.uplift.survey.CourtesyTestScored.v1")
public record CourtesyTestScored(
        String testId,
        String agencyId,
        String planId,
        String measureId,
        CourtesyTestKind kind,
        String unit,
        int score,
        int maxScore,
        Instant testedAt) implements SurveyEvent {

    /** The score as a share of full marks, 0..100, as the bars are written. */
    public double percent() {
        return maxScore <= 0 ? 0 : score * 100.0 / maxScore;
    }

    @Override
    public String aggregateId() {
        return testId;
    }
}

package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.survey.design.Questions.likert;
import static tw.uplift.survey.design.Questions.respondentGroup;
import static tw.uplift.survey.design.SurveyFixture.aSurveyOf;
import static tw.uplift.survey.design.SurveyFixture.counter;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.results.SurveyResults.SegmentResult;

/** Small segments are shown to staff, marked, and withheld from what is published, so nobody can be recognised. */
class PublishedResultsTest {

    private final Survey survey = aSurveyOf(likert("q1"), respondentGroup("age", "young", "middle", "old"))
            .segmentedBy(counter("c1", 200L), counter("c2", null), counter("c3", null)).opened();

    @Test
    void aSegmentBelowTheMinimumIsMarkedForStaffAndWithheldFromThePublishedResults() {
        SurveyResults staff = SurveyResults.of(survey, tally(Map.of("c1", 40L, "c2", 9L, "c3", 25L), Map.of()), 10);
        assertThat(segment(staff, "c2").belowMinimum()).isTrue();
        assertThat(segment(staff, "c2").n()).as("staff see every number").isEqualTo(9);
        assertThat(segment(staff, "c1").responseRate()).isEqualTo(40 / 200.0);

        SurveyResults published = staff.published();
        SegmentResult small = segment(published, "c2");
        assertThat(small.suppressed()).isTrue();
        assertThat(small.n()).isNull();
        assertThat(small.csat()).isNull();
        assertThat(small.questions()).isEmpty();
        assertThat(small.name().zh()).as("its existence is not hidden").isEqualTo("c2 櫃台");
        assertThat(segment(published, "c3").suppressed())
                .as("the smallest other one goes too, or c2 would be the total minus the others").isTrue();
        assertThat(segment(published, "c1").suppressed()).isFalse();
        assertThat(segment(published, "c1").n()).isEqualTo(40);
        assertThat(published.n()).isEqualTo(staff.n());
    }

    @Test
    void nothingIsWithheldWhenEverySegmentIsLargeEnoughAndTwoSmallOnesNeedNoThird() {
        SurveyResults large = SurveyResults.of(survey, tally(Map.of("c1", 10L, "c2", 11L, "c3", 30L), Map.of()), 10);
        assertThat(large.published().segments().stream().filter(s -> s.breakdown() == SurveyResults.Breakdown.SEGMENT))
                .noneMatch(SegmentResult::suppressed);

        SurveyResults twoSmall = SurveyResults.of(survey, tally(Map.of("c1", 3L, "c2", 4L, "c3", 30L), Map.of()), 10);
        assertThat(twoSmall.published().segments().stream().filter(s -> s.breakdown() == SurveyResults.Breakdown.SEGMENT)
                .map(SegmentResult::suppressed)).containsExactly(true, true, false);
    }

    @Test
    void respondentGroupsAreABreakdownOfTheirOwn() {
        SurveyResults staff = SurveyResults.of(survey,
                tally(Map.of("c1", 50L, "c2", 50L, "c3", 50L), Map.of("young", 5L, "middle", 60L, "old", 80L)), 10);
        SurveyResults published = staff.published();
        assertThat(published.segments().stream().filter(s -> s.breakdown() == SurveyResults.Breakdown.SEGMENT))
                .noneMatch(SegmentResult::suppressed);
        assertThat(published.segments().stream().filter(s -> s.breakdown() == SurveyResults.Breakdown.GROUP)
                .map(SegmentResult::suppressed)).containsExactly(true, true, false);
    }

    /** Every response scored q1 a 5; n per segment and per age group as given. */
    private static Tally tally(Map<String, Long> segments, Map<String, Long> groups) {
        long n = segments.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Tally.Part> parts = new java.util.HashMap<>();
        segments.forEach((id, count) -> parts.put(id, new Tally.Part(count, Map.of("q1", Map.of("s5", count)))));
        Map<String, Tally.Part> ages = new java.util.HashMap<>();
        groups.forEach((id, count) -> ages.put(id, new Tally.Part(count, Map.of("q1", Map.of("s5", count)))));
        return new Tally("s1", n, Map.of("q1", Map.of("s5", n)), Tally.ScaleSums.NONE, false, parts, Map.of("age", ages));
    }

    private static SegmentResult segment(SurveyResults results, String id) {
        return results.segments().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

}

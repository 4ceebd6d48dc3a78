package tw.uplift.review.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tw.uplift.review.indicators.IndicatorFact.DatedMeasure;
import tw.uplift.review.indicators.IndicatorFact.Kind;

class IndicatorsTest {

    private static final String AGENCY = "kcg-civil-affairs";
    private static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    /**
     * Plan 115: returned once (told by both services) and resubmitted 2.5 days later, approved with three dated
     * measures: one done on time, one done late after going overdue, one due later; one survey published twice.
     */
    private static List<IndicatorFact> yearOfFacts() {
        return List.of(
                fact("e1", Kind.SUBMITTED, "plan-1", 115, 1, "2026-01-05T02:00:00Z"),
                fact("e2", Kind.RETURNED, "plan-1", null, 1, "2026-01-10T02:00:00Z"),
                fact("e3", Kind.RETURNED, "plan-1", null, 1, "2026-01-10T02:00:05Z"),
                fact("e4", Kind.SUBMITTED, "plan-1", 115, 2, "2026-01-12T14:00:00Z"),
                new IndicatorFact("e5", Kind.APPROVED, AGENCY, "plan-1", 115, 2, Instant.parse("2026-01-15T02:00:00Z"),
                        List.of(new DatedMeasure("m-1", LocalDate.of(2026, 3, 31)),
                                new DatedMeasure("m-2", LocalDate.of(2026, 4, 30)),
                                new DatedMeasure("m-3", LocalDate.of(2026, 12, 31))), null, null, null, 0, null),
                completed("e6", "m-1", "2026-03-30T02:00:00Z"),
                completed("e7", "m-2", "2026-05-10T02:00:00Z"),
                new IndicatorFact("e8", Kind.OVERDUE, AGENCY, "plan-1", null, 0, Instant.parse("2026-05-01T00:00:00Z"),
                        null, "m-2", "MEASURE", LocalDate.of(2026, 4, 30), 0, null),
                survey("e9", "survey-1", 100, 0.70, "2026-06-01T02:00:00Z"),
                survey("e10", "survey-1", 200, 0.90, "2026-06-20T02:00:00Z"),
                survey("e11", "survey-2", 100, 0.60, "2026-06-21T02:00:00Z"),
                // another year's survey and plan do not count
                survey("e12", "survey-old", 100, 0.10, "2025-06-21T02:00:00Z"),
                fact("e13", Kind.SUBMITTED, "plan-0", 114, 1, "2025-01-05T02:00:00Z"));
    }

    @Test
    void worksOutEachIndicatorOfTheYear() {
        Indicators found = Indicators.of(AGENCY, 115, yearOfFacts(), TODAY);
        assertThat(found.measuresCounted()).as("m-3 is not due yet").isEqualTo(2);
        assertThat(found.measuresOnTime()).isEqualTo(1);
        assertThat(found.onTimeShare()).isEqualTo(0.5);
        assertThat(found.overdueCount()).isEqualTo(1);
        assertThat(found.overdueDays()).as("due 4-30, done 5-10").isEqualTo(10);
        assertThat(found.surveys()).isEqualTo(2);
        assertThat(found.satisfaction()).as("latest of survey-1 (200 × 0.9) with survey-2 (100 × 0.6)")
                .isCloseTo((180 + 60) / 300.0, within(1e-9));
        assertThat(found.returns()).as("one return, told twice").isEqualTo(1);
        assertThat(found.turnaroundDays()).isCloseTo(2.5, within(1e-9));
    }

    @Test
    void theSameFactsInAnyOrderGiveTheSameIndicators() {
        Indicators expected = Indicators.of(AGENCY, 115, yearOfFacts(), TODAY);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<IndicatorFact> shuffled = new ArrayList<>(yearOfFacts());
            Collections.shuffle(shuffled, random);
            assertThat(Indicators.of(AGENCY, 115, shuffled, TODAY)).isEqualTo(expected);
        }
    }

    @Test
    void anOverdueMeasureNotYetDoneIsLateUntilToday() {
        List<IndicatorFact> facts = List.of(new IndicatorFact("o1", Kind.OVERDUE, AGENCY, null, null, 0,
                Instant.parse("2026-06-01T00:00:00Z"), null, "m-9", "MEASURE", LocalDate.of(2026, 6, 21), 0, null));
        Indicators found = Indicators.of(AGENCY, 115, facts, TODAY);
        assertThat(found.overdueCount()).isEqualTo(1);
        assertThat(found.overdueDays()).isEqualTo(10);
        assertThat(found.onTimeShare()).isNull();
        assertThat(found.satisfaction()).isNull();
        assertThat(found.turnaroundDays()).isNull();
    }

    private static IndicatorFact fact(String id, Kind kind, String planId, Integer year, int revision, String at) {
        return new IndicatorFact(id, kind, AGENCY, planId, year, revision, Instant.parse(at), null, null, null, null,
                0, null);
    }

    private static IndicatorFact completed(String id, String measureId, String at) {
        return new IndicatorFact(id, Kind.COMPLETED, AGENCY, "plan-1", null, 0, Instant.parse(at), null, measureId,
                null, null, 0, null);
    }

    private static IndicatorFact survey(String id, String surveyId, long responses, double rate, String at) {
        return new IndicatorFact(id, Kind.SURVEY, AGENCY, null, null, 0, Instant.parse(at), null, surveyId, null,
                null, responses, rate);
    }
}

package tw.uplift.survey.courtesy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.survey.CourtesyTestScored;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.InvalidInput.Problem;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.survey.design.Author;
import tw.uplift.survey.design.MeasureLink;

class CourtesyTestTest {

    /** 2 January 2026, 10:00 in Taipei (ROC 115). */
    private static final Instant NOW = Instant.parse("2026-01-02T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Taipei"));
    private static final Author CLERK = new Author("kcg-civil-affairs", "clerk");

    @Test
    void aScoredPhoneTestRecordsCourtesyTestScoredWithItsSum() {
        Map<String, Mark> marks = RubricTest.all(DefaultRubrics.PHONE, true);
        marks.put("unit-content", new Mark(10, "答復不完整"));
        CourtesyTest test = CourtesyTest.score("t-1", CLERK, phone(marks, NOW.minusSeconds(3600)), DefaultRubrics.PHONE,
                CLOCK);
        assertThat(test.score()).isEqualTo(85);
        assertThat(test.maxScore()).isEqualTo(100);
        assertThat(test.rocYear()).isEqualTo(115);
        assertThat(test.recordedBy()).isEqualTo("clerk");
        assertThat(test.pendingEvents()).singleElement().satisfies(e -> assertThat(e.payload()).isEqualTo(
                new CourtesyTestScored("t-1", "kcg-civil-affairs", "plan-115", "m-3", CourtesyTestKind.PHONE,
                        "戶籍登記課", 85, 100, NOW.minusSeconds(3600))));
    }

    @Test
    void theYearIsTaipeisOnTheDayOfTheTest() {
        // 31 Dec 2025 17:00 UTC is 1 Jan 2026 01:00 in Taipei: ROC 115, not 114.
        Instant newYearsNight = Instant.parse("2025-12-31T17:00:00Z");
        CourtesyTest test = CourtesyTest.score("t-2", CLERK,
                phone(RubricTest.all(DefaultRubrics.PHONE, true), newYearsNight), DefaultRubrics.PHONE, CLOCK);
        assertThat(test.rocYear()).isEqualTo(115);
    }

    @Test
    void everyProblemIsNamedAtOnceAndNothingIsRecorded() {
        Map<String, Mark> marks = RubricTest.all(DefaultRubrics.PHONE, true);
        marks.remove("switchboard-greeting");
        CourtesyTestDraft draft = new CourtesyTestDraft(CourtesyTestKind.PHONE, MeasureLink.NONE, "  ",
                NOW.plusSeconds(60), null, marks);
        assertThatThrownBy(() -> CourtesyTest.score("t-3", CLERK, draft, DefaultRubrics.PHONE, CLOCK))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems()).extracting(Problem::field)
                        .containsExactly("unit", "testedAt", "tester", "scores.switchboard-greeting.points"));
    }

    @Test
    void aTestAtTheVeryMomentIsNotInTheFutureAndOneLongAgoIsRefused() {
        Map<String, Mark> marks = RubricTest.all(DefaultRubrics.PHONE, true);
        assertThat(CourtesyTest.score("t-4", CLERK, phone(marks, NOW), DefaultRubrics.PHONE, CLOCK).testedAt())
                .isEqualTo(NOW);
        assertThatThrownBy(() -> CourtesyTest.score("t-5", CLERK, phone(marks, Instant.parse("1999-05-01T00:00:00Z")),
                DefaultRubrics.PHONE, CLOCK)).isInstanceOfSatisfying(InvalidInput.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("testedAt"));
    }

    @Test
    void anotherAgencyDoesNotSeeIt() {
        CourtesyTest test = CourtesyTest.score("t-6", CLERK, phone(RubricTest.all(DefaultRubrics.PHONE, true), NOW),
                DefaultRubrics.PHONE, CLOCK);
        assertThat(test.requireOwnedBy("kcg-civil-affairs")).isSameAs(test);
        assertThatThrownBy(() -> test.requireOwnedBy("kcg-household-xinxing")).isInstanceOf(NotFoundException.class);
    }

    private static CourtesyTestDraft phone(Map<String, Mark> marks, Instant at) {
        return new CourtesyTestDraft(CourtesyTestKind.PHONE, MeasureLink.measure("plan-115", "m-3"), " 戶籍登記課 ", at,
                "研考科 林小姐", marks);
    }
}

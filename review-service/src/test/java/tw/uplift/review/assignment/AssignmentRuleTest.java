package tw.uplift.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static tw.uplift.review.assignment.ReviewerFixture.BODY;
import static tw.uplift.review.assignment.ReviewerFixture.reviewer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AssignmentRuleTest {

    /** Monday 9 March 2026, the assignment day of every test. */
    private static final LocalDate DAY = LocalDate.of(2026, 3, 9);

    /** 高雄市政府 → 民政局 → 新興戶政事務所: the office's plan, with its whole parent chain. */
    private static final AssignmentSubject XINXING_OFFICE = new AssignmentSubject(BODY, "kcg-household-xinxing",
            List.of("kcg-civil-affairs", "kcg-city-government"));
    private static final AssignmentSubject CIVIL_AFFAIRS = new AssignmentSubject(BODY, "kcg-civil-affairs",
            List.of("kcg-city-government"));

    private static Optional<String> choose(AssignmentSubject subject, ReviewerFixture... pool) {
        return choose(subject, Rotation.START, pool);
    }

    private static Optional<String> choose(AssignmentSubject subject, Rotation rotation, ReviewerFixture... pool) {
        return AssignmentRule.choose(Stream.of(pool).map(ReviewerFixture::asCandidate).toList(), subject, DAY,
                rotation).map(Candidate::reviewerId);
    }

    private static Optional<String> refusal(ReviewerFixture reviewer, AssignmentSubject subject) {
        return AssignmentRule.refusal(reviewer.asReviewer(), subject, DAY).map(Refusal::code);
    }

    // ---- conflict of interest ----

    @Test
    void neverAssignsAReviewerFromTheAgencyUnderReview() {
        assertThat(choose(CIVIL_AFFAIRS, reviewer("a-colleague").worksAt("kcg-civil-affairs"),
                reviewer("z-outsider").holding(9))).contains("z-outsider");
    }

    @Test
    void neverAssignsAReviewerFromTheParentAgency() {
        assertThat(choose(XINXING_OFFICE, reviewer("a-parent").worksAt("kcg-civil-affairs"),
                reviewer("z-outsider").holding(9))).contains("z-outsider");
    }

    @Test
    void neverAssignsAReviewerFromTwoLevelsAboveTheAgency() {
        ReviewerFixture atCityHall = reviewer("a-city-hall").worksAt("kcg-city-government");
        assertThat(choose(XINXING_OFFICE, atCityHall, reviewer("z-outsider").holding(9))).contains("z-outsider");
        assertThat(refusal(atCityHall, XINXING_OFFICE)).contains("conflict-of-interest");
    }

    @Test
    void aReviewerFromAChildAgencyOrASiblingMayReviewIt() {
        assertThat(refusal(reviewer("office").worksAt("kcg-household-xinxing"), CIVIL_AFFAIRS)).isEmpty();
        assertThat(refusal(reviewer("sibling").worksAt("kcg-funeral"), XINXING_OFFICE)).isEmpty();
    }

    // ---- who is in the pool ----

    @Test
    void onlyReviewersOfTheSupervisingBody() {
        ReviewerFixture taipei = reviewer("a-taipei").ofBody("tpe-rdec");
        assertThat(choose(CIVIL_AFFAIRS, taipei, reviewer("ours").holding(5))).contains("ours");
        assertThat(refusal(taipei, CIVIL_AFFAIRS)).contains("other-body");
        assertThat(refusal(reviewer("ours"), new AssignmentSubject(null, "kcg-x"))).contains("other-body");
    }

    @Test
    void onlyReviewersCoveringTheAgency() {
        ReviewerFixture districts = reviewer("a-districts").covering("kcg-household-xinxing", "kcg-funeral");
        assertThat(choose(CIVIL_AFFAIRS, districts, reviewer("z-everything").holding(5))).contains("z-everything");
        assertThat(choose(XINXING_OFFICE, districts, reviewer("z-everything").holding(5))).contains("a-districts");
        assertThat(refusal(districts, CIVIL_AFFAIRS)).contains("not-covering");
    }

    @Test
    void skipsInactiveReviewers() {
        ReviewerFixture left = reviewer("a-left").inactive();
        assertThat(choose(CIVIL_AFFAIRS, left, reviewer("z-here").holding(5))).contains("z-here");
        assertThat(refusal(left, CIVIL_AFFAIRS)).contains("inactive");
        assertThat(AssignmentRule.refusal(null, CIVIL_AFFAIRS, DAY)).contains(Refusal.UNKNOWN_REVIEWER);
    }

    // ---- away and delegates ----

    @Test
    void awayOnlyOnTheDaysAwayBothEndsIncluded() {
        ReviewerFixture onLeave = reviewer("on-leave").away(DAY, DAY.plusDays(4), null);
        assertThat(refusal(onLeave, CIVIL_AFFAIRS)).contains("away");
        assertThat(AssignmentRule.refusal(onLeave.asReviewer(), CIVIL_AFFAIRS, DAY.plusDays(4))).contains(Refusal.AWAY);
        assertThat(AssignmentRule.refusal(onLeave.asReviewer(), CIVIL_AFFAIRS, DAY.minusDays(1))).isEmpty();
        assertThat(AssignmentRule.refusal(onLeave.asReviewer(), CIVIL_AFFAIRS, DAY.plusDays(5))).isEmpty();
    }

    @Test
    void anAwayReviewersDelegateTakesTheirTurn() {
        // On the away reviewer's turn (the rotation's next after "b-other"), their delegate takes the task, not the
        // next in turn.
        assertThat(choose(CIVIL_AFFAIRS, new Rotation("b-other"),
                reviewer("a-delegate").holding(1),
                reviewer("b-other").holding(1),
                reviewer("c-away").away(DAY.minusDays(1), DAY.plusDays(1), "a-delegate"))).contains("a-delegate");
    }

    @Test
    void anAwayReviewerWithoutAnEligibleDelegateIsSkippedForTheNextEligible() {
        assertThat(choose(CIVIL_AFFAIRS,
                reviewer("a-away").away(DAY, DAY, null),
                reviewer("b-next").holding(3))).contains("b-next");
        // The delegate works at the agency under review: they may not take it either.
        assertThat(choose(CIVIL_AFFAIRS,
                reviewer("a-away").away(DAY, DAY, "b-delegate"),
                reviewer("b-delegate").worksAt("kcg-civil-affairs"),
                reviewer("c-next").holding(3))).contains("c-next");
    }

    @Test
    void aDelegateIsNotFloodedWhileTheAwayReviewerIsOut() {
        // The away reviewer's own load stays 0 while they are out; their turn counts the delegate's load, so the
        // delegate gets no more than anyone else.
        Map<String, Long> open = new HashMap<>(Map.of("a-away", 0L, "b-delegate", 0L, "c", 0L, "d", 0L));
        Rotation rotation = Rotation.START;
        for (int i = 0; i < 300; i++) {
            List<Candidate> pool = List.of(
                    reviewer("a-away").away(DAY, DAY, "b-delegate").holding(open.get("a-away")).asCandidate(),
                    reviewer("b-delegate").holding(open.get("b-delegate")).asCandidate(),
                    reviewer("c").holding(open.get("c")).asCandidate(),
                    reviewer("d").holding(open.get("d")).asCandidate());
            String chosen = AssignmentRule.choose(pool, CIVIL_AFFAIRS, DAY, rotation).orElseThrow().reviewerId();
            open.merge(chosen, 1L, Long::sum);
            rotation = new Rotation(chosen);
        }
        assertThat(open.get("a-away")).isZero();
        assertThat(open.values()).allSatisfy(n -> assertThat(n).isBetween(0L, 101L));
        assertThat(open.get("b-delegate")).isBetween(99L, 101L);
    }

    // ---- least loaded, then by turn ----

    @Test
    void leastLoadedFirst() {
        assertThat(choose(CIVIL_AFFAIRS, reviewer("a").holding(3), reviewer("b").holding(1),
                reviewer("c").worksAt("kcg-other").holding(2))).contains("b");
    }

    @Test
    void tiesGoByTurnAfterTheBodysLastAssignee() {
        ReviewerFixture[] pool = {reviewer("zhang").holding(1), reviewer("chen").holding(1), reviewer("lin").holding(1)};
        assertThat(choose(CIVIL_AFFAIRS, Rotation.START, pool)).contains("chen");
        assertThat(choose(CIVIL_AFFAIRS, new Rotation("chen"), pool)).contains("lin");
        assertThat(choose(CIVIL_AFFAIRS, new Rotation("lin"), pool)).contains("zhang");
        assertThat(choose(CIVIL_AFFAIRS, new Rotation("zhang"), pool)).as("wraps round").contains("chen");
        assertThat(choose(CIVIL_AFFAIRS, new Rotation("left-the-body"), pool)).as("the next after a name gone").contains("lin");
    }

    @Test
    void overAThousandAssignmentsNoEligibleReviewerGetsMoreThanOneAboveTheMean() {
        // Five may review the bureau; one works there, one is inactive. Seven plans come in a day and every review is
        // done by the evening, so each morning everyone is tied at nothing open: the rotation, not the alphabet,
        // decides who gets the two the load alone cannot place.
        List<ReviewerFixture> pool = new ArrayList<>(List.of(reviewer("a"), reviewer("b"), reviewer("c"),
                reviewer("d"), reviewer("e"), reviewer("f-bureau").worksAt("kcg-civil-affairs"),
                reviewer("g-left").inactive()));
        Map<String, Long> open = new HashMap<>();
        Map<String, Long> given = new HashMap<>();
        Rotation rotation = Rotation.START;
        for (int i = 0; i < 1000; i++) {
            List<Candidate> candidates = pool.stream()
                    .map(r -> r.holding(open.getOrDefault(r.asReviewer().id(), 0L)).asCandidate()).toList();
            String chosen = AssignmentRule.choose(candidates, CIVIL_AFFAIRS, DAY, rotation).orElseThrow().reviewerId();
            given.merge(chosen, 1L, Long::sum);
            open.merge(chosen, 1L, Long::sum);
            if (i % 7 == 6) {
                open.clear();
            }
            rotation = new Rotation(chosen);
        }
        assertThat(given).containsOnlyKeys("a", "b", "c", "d", "e");
        double mean = 1000 / 5.0;
        assertThat(given.values()).allSatisfy(n -> assertThat((double) n).isLessThanOrEqualTo(mean + 1));
    }

    @Test
    void theSameStateGivesTheSameChoice() {
        ReviewerFixture[] pool = {reviewer("a").holding(2), reviewer("b").holding(2), reviewer("c").holding(2)};
        Rotation rotation = new Rotation("a");
        assertThat(choose(CIVIL_AFFAIRS, rotation, pool)).contains("b");
        assertThat(choose(CIVIL_AFFAIRS, rotation, pool)).contains("b");
    }

    @Test
    void nobodyEligibleGivesNoReviewer() {
        assertThat(choose(XINXING_OFFICE, reviewer("a").worksAt("kcg-civil-affairs"),
                reviewer("b").worksAt("kcg-household-xinxing"))).isEmpty();
        assertThat(choose(CIVIL_AFFAIRS)).isEmpty();
        assertThat(choose(new AssignmentSubject(null, "kcg-x"), reviewer("a"))).isEmpty();
    }
}

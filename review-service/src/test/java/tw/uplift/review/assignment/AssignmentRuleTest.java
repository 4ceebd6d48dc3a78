package tw.uplift.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentRuleTest {

    private static final String BODY = "kcg-rdec";
    private static final AssignmentSubject CIVIL_AFFAIRS = new AssignmentSubject(BODY, "kcg-civil-affairs", null);
    private static final AssignmentSubject XINXING_OFFICE = new AssignmentSubject(BODY, "kcg-household-xinxing",
            "kcg-civil-affairs");

    private static Candidate reviewer(String id, String homeAgency, long open) {
        return new Candidate(id, id, BODY, homeAgency, open);
    }

    @Test
    void neverAssignsAReviewerFromTheAgencyUnderReview() {
        List<Candidate> pool = List.of(reviewer("a-colleague", "kcg-civil-affairs", 0), reviewer("z-outsider", null, 9));
        assertThat(AssignmentRule.choose(pool, CIVIL_AFFAIRS)).map(Candidate::reviewerId).contains("z-outsider");
    }

    @Test
    void neverAssignsAReviewerFromTheParentAgency() {
        List<Candidate> pool = List.of(reviewer("a-parent", "kcg-civil-affairs", 0), reviewer("z-outsider", null, 9));
        assertThat(AssignmentRule.choose(pool, XINXING_OFFICE)).map(Candidate::reviewerId).contains("z-outsider");
    }

    @Test
    void onlyReviewersOfTheSupervisingBody() {
        List<Candidate> pool = List.of(new Candidate("other-body", "x", "tpe-rdec", null, 0), reviewer("ours", null, 5));
        assertThat(AssignmentRule.choose(pool, CIVIL_AFFAIRS)).map(Candidate::reviewerId).contains("ours");
    }

    @Test
    void leastLoadedFirst() {
        List<Candidate> pool = List.of(reviewer("a", null, 3), reviewer("b", null, 1), reviewer("c", "kcg-other", 2));
        assertThat(AssignmentRule.choose(pool, CIVIL_AFFAIRS)).map(Candidate::reviewerId).contains("b");
    }

    @Test
    void tiesAreBrokenByReviewerId() {
        List<Candidate> pool = List.of(reviewer("zhang", null, 1), reviewer("chen", null, 1), reviewer("lin", null, 1));
        assertThat(AssignmentRule.choose(pool, CIVIL_AFFAIRS)).map(Candidate::reviewerId).contains("chen");
    }

    @Test
    void nobodyEligibleGivesNoReviewer() {
        List<Candidate> pool = List.of(reviewer("a", "kcg-civil-affairs", 0), reviewer("b", "kcg-household-xinxing", 0));
        assertThat(AssignmentRule.choose(pool, XINXING_OFFICE)).isEmpty();
        assertThat(AssignmentRule.choose(List.of(), CIVIL_AFFAIRS)).isEmpty();
        assertThat(AssignmentRule.choose(pool, new AssignmentSubject(null, "kcg-x", null))).isEmpty();
    }
}

package tw.uplift.plan.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/** Which plans a reviewer may read: those submitted to the body they are bound to, and only those. */
class PlanReadAccessTest {

    private static final CurrentUser REVIEWER = new CurrentUser("reviewer", "王審查", Set.of(Role.REVIEWER), null,
            "kcg-rdec");
    private static final CurrentUser REVIEWER_AT_THE_AGENCY = new CurrentUser("reviewer2", "李審查",
            Set.of(Role.REVIEWER), "kcg-civil-affairs", "kcg-rdec");
    private static final CurrentUser REVIEWER_ELSEWHERE = new CurrentUser("tpe-reviewer", "陳審查",
            Set.of(Role.REVIEWER), null, "tpe-rdec");
    private static final CurrentUser REVIEWER_WITHOUT_BODY = new CurrentUser("loose", "無所屬", Set.of(Role.REVIEWER),
            null, null);
    private static final CurrentUser CLERK_WITH_A_BODY_CLAIM = new CurrentUser("clerk", "承辦",
            Set.of(Role.AGENCY_STAFF), "kcg-household-xinxing", "kcg-rdec");

    @Test
    void aReviewerOfTheBodyReadsASubmittedPlan() {
        assertThat(PlanAuthoring.reviewableBy(REVIEWER, Plans.submitted("p-1"))).isTrue();
        assertThat(PlanAuthoring.reviewableBy(REVIEWER, Plans.published("p-2"))).as("still after approval").isTrue();
        assertThat(PlanAuthoring.reviewableBy(REVIEWER_AT_THE_AGENCY, Plans.submitted("p-3"))).isTrue();
    }

    @Test
    void aDraftNeverSubmittedIsNotTheReviewersToRead() {
        assertThat(PlanAuthoring.reviewableBy(REVIEWER, Plans.draft("p-1"))).isFalse();
        assertThat(PlanAuthoring.reviewableBy(REVIEWER_AT_THE_AGENCY, Plans.draft("p-1"))).isFalse();
    }

    @Test
    void anotherBodysPlanIsNotTheReviewersToRead() {
        assertThat(PlanAuthoring.reviewableBy(REVIEWER_ELSEWHERE, Plans.submitted("p-1"))).isFalse();
        Plan taipei = Plans.draft("p-2");
        taipei.submit(new Agency("kcg-civil-affairs", "高雄市政府民政局", null, "tpe-rdec", List.of()), "clerk", Plans.NOW);
        assertThat(PlanAuthoring.reviewableBy(REVIEWER, taipei)).isFalse();
    }

    @Test
    void onlyAReviewerBoundToABodyReadsByBody() {
        assertThat(PlanAuthoring.reviewableBy(REVIEWER_WITHOUT_BODY, Plans.submitted("p-1"))).isFalse();
        assertThat(PlanAuthoring.reviewableBy(CLERK_WITH_A_BODY_CLAIM, Plans.submitted("p-1")))
                .as("a body id in a token that is no reviewer's grants nothing").isFalse();
    }
}

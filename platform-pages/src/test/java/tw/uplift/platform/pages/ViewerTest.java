package tw.uplift.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The desks in the header, per role. */
class ViewerTest {

    @Test
    void anAdministratorKeepsTheOrganisationsBesideTheReviewsAndTheSystemStatus() {
        Viewer admin = new Viewer("管理者", Set.of("ADMIN"), null, null);

        assertThat(admin.navigation()).extracting(NavLink::href)
                .containsExactly("/reviews", "/reviews/corrective-actions", "/reviews/reviewers", "/plans/organisations",
                        "/ops", "/admin/audit", "/inbox");
    }

    @Test
    void agenciesAnswerTheirCorrectiveActionsAndReviewersFollowThem() {
        assertThat(new Viewer("clerk", Set.of("AGENCY_STAFF"), null, null).navigation()).extracting(NavLink::href)
                .containsExactly("/plans", "/surveys", "/reviews/corrective-actions", "/inbox");
        assertThat(new Viewer("reviewer", Set.of("REVIEWER"), null, null).navigation()).extracting(NavLink::href)
                .containsExactly("/reviews", "/reviews/corrective-actions", "/reviews/reviewers", "/inbox");
        assertThat(new Viewer("ops", Set.of("OPS"), null, null).navigation()).extracting(NavLink::href)
                .containsExactly("/ops", "/inbox");
    }

    @Test
    void agencyStaffAndHeadsRunTheirSatisfactionSurveysAndNobodyElseIsOfferedThem() {
        assertThat(new Viewer("head", Set.of("AGENCY_HEAD"), null, null).navigation()).extracting(NavLink::href)
                .containsExactly("/plans", "/surveys", "/reviews/corrective-actions", "/inbox");
        for (String role : Set.of("REVIEWER", "ADMIN", "OPS")) {
            assertThat(new Viewer("someone", Set.of(role), null, null).navigation()).extracting(NavLink::href).as(role)
                    .doesNotContain("/surveys");
        }
    }

    @Test
    void nobodyElseIsOfferedTheOrganisations() {
        for (String role : Set.of("AGENCY_STAFF", "AGENCY_HEAD", "REVIEWER", "OPS")) {
            Viewer viewer = new Viewer("someone", Set.of(role), null, null);
            assertThat(viewer.navigation()).extracting(NavLink::href).as(role).doesNotContain("/plans/organisations");
        }
    }
}

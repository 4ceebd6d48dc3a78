package tw.uplift.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GatewayUserTest {

    @Test
    void agencyStaffAndHeadsWorkAtTheirPlans() {
        assertThat(user("AGENCY_STAFF").desk()).hasValue("/plans");
        assertThat(user("AGENCY_HEAD").desk()).hasValue("/plans");
    }

    @Test
    void aReviewerWorksAtTheirTasks() {
        assertThat(user("REVIEWER").desk()).hasValue("/reviews");
    }

    @Test
    void operatorsWorkAtTheStatusPage() {
        assertThat(user("ADMIN").desk()).hasValue("/ops");
        assertThat(user("OPS").desk()).hasValue("/ops");
    }

    @Test
    void someoneWithoutAnUpliftRoleHasNoDesk() {
        assertThat(user("offline_access", "uma_authorization").desk()).isEmpty();
        assertThat(GatewayUser.fromClaims(Map.of("sub", "x")).desk()).isEmpty();
    }

    @Test
    void readsTheClaimsOfAdr0001() {
        GatewayUser reviewer = GatewayUser.fromClaims(Map.of("sub", "1f0c-uuid", "preferred_username", "reviewer2",
                "name", "李淑芬", "roles", List.of("REVIEWER", "default-roles-uplift"), "agency_id", "kcg-civil-affairs",
                "body_id", "kcg-rdec"));

        assertThat(reviewer).isEqualTo(new GatewayUser("reviewer2", "李淑芬", java.util.Set.of("REVIEWER"),
                "kcg-civil-affairs", "kcg-rdec"));
    }

    private static GatewayUser user(String... roles) {
        return GatewayUser.fromClaims(Map.of("sub", "someone", "roles", List.of(roles)));
    }
}

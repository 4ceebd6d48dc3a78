package tw.uplift.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import tw.uplift.identity.realm.DemoRealm;
import tw.uplift.identity.realm.DemoUser;

class DemoRealmTest {

    private final DemoRealm realm = DemoRealm.fromClasspath();

    @Test
    void holdsExactlyTheDemoUsersOfTheAdr() {
        assertThat(realm.users())
                .extracting(DemoUser::username, DemoUser::roles, DemoUser::agencyId, DemoUser::bodyId)
                .containsExactlyInAnyOrder(
                        tuple("clerk", java.util.List.of("AGENCY_STAFF"), "kcg-civil-affairs", null),
                        tuple("head", java.util.List.of("AGENCY_HEAD"), "kcg-civil-affairs", null),
                        tuple("clerk2", java.util.List.of("AGENCY_STAFF"), "kcg-household-xinxing", null),
                        tuple("reviewer", java.util.List.of("REVIEWER"), null, "kcg-rdec"),
                        tuple("reviewer2", java.util.List.of("REVIEWER"), "kcg-civil-affairs", "kcg-rdec"),
                        tuple("lead", java.util.List.of("REVIEWER"), null, "kcg-rdec"),
                        tuple("admin", java.util.List.of("ADMIN"), null, null),
                        tuple("ops", java.util.List.of("OPS"), null, null));
    }

    @Test
    void everyDemoPasswordIsDemoAndStoredHashed() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        assertThat(realm.users()).allSatisfy(user -> {
            assertThat(user.password()).startsWith("{bcrypt}");
            assertThat(encoder.matches("demo", user.password())).as(user.username()).isTrue();
        });
    }

    @Test
    void everyUserHasADisplayName() {
        assertThat(realm.users()).allSatisfy(user -> assertThat(user.name()).isNotBlank());
    }
}

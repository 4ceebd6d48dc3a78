package tw.uplift.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.access.AccessDeniedException;
import tw.uplift.contracts.Topic;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.notification.NotificationHarness;
import tw.uplift.notification.delivery.application.Directory;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.platform.test.KafkaProbe;

/** The directory: who is behind each inbox address, and who may change it. */
class DirectoryTest {

    private static final CurrentUser ADMIN = new CurrentUser("admin", "管理者", Set.of(Role.ADMIN), null, null);

    @RegisterExtension
    final NotificationHarness service = NotificationHarness.start();

    Directory directory;

    @BeforeEach
    void people() {
        directory = service.get(Directory.class);
        put("lin", "a1", null, "戶籍課", EnumSet.of(DirectoryRole.CONTACT), true);
        put("chen", "a1", null, "人事室", EnumSet.of(DirectoryRole.CONTACT), true);
        put("gone", "a1", null, "戶籍課", EnumSet.of(DirectoryRole.CONTACT), false);
        put("head", "a1", null, null, EnumSet.of(DirectoryRole.AGENCY_HEAD), true);
        put("lead", null, "b1", null, EnumSet.of(DirectoryRole.BODY_LEAD), true);
        put("rev", null, "b1", null, EnumSet.of(DirectoryRole.REVIEWER), true);
    }

    private void put(String user, String agency, String body, String unit, Set<DirectoryRole> roles, boolean active) {
        directory.put(Person.of(user, user, user + "@example.gov.tw", agency, body, unit, roles, active), ADMIN);
    }

    private List<String> names(List<String> addresses, String unit) {
        return directory.resolve(addresses, unit).stream().map(Person::username).toList();
    }

    @Test
    void anAgencyIsItsActiveContactsOrItsUnitsWhenTheNoticeNamesOne() {
        assertThat(names(List.of("agency:a1"), null)).containsExactlyInAnyOrder("lin", "chen");
        assertThat(names(List.of("agency:a1"), "戶籍課")).containsExactly("lin");
        assertThat(names(List.of("agency:a1"), "無此科")).as("a unit nobody is in: all contacts")
                .containsExactlyInAnyOrder("lin", "chen");
    }

    @Test
    void headsBodiesAndPeopleResolveEachOnce() {
        assertThat(names(List.of("agency-head:a1", "body:b1", "user:rev", "user:rev", "user:nobody"), null))
                .containsExactly("head", "lead", "rev");
    }

    @Test
    void anAgencyHeadManagesOnlyTheirOwnAgency() {
        CurrentUser head = new CurrentUser("head", "首長", Set.of(Role.AGENCY_HEAD), "a1", null);
        CurrentUser clerk = new CurrentUser("lin", "林", Set.of(Role.AGENCY_STAFF), "a1", null);
        Person newcomer = Person.of("wu", "吳", "wu@example.gov.tw", "a1", null, null,
                EnumSet.of(DirectoryRole.CONTACT), true);

        assertThat(directory.put(newcomer, head)).isTrue();
        assertThat(directory.put(newcomer, head)).as("PUT again: not new").isFalse();
        assertThatThrownBy(() -> directory.put(Person.of("x", "x", "x@example.gov.tw", "a2", null, null,
                EnumSet.of(DirectoryRole.CONTACT), true), head)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> directory.put(newcomer, clerk)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonIsCheckedFieldByField() {
        assertThatThrownBy(() -> Person.of("a b", "", "nope", "a1", "b1", null, Set.of(), true))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactly("username", "name", "email", "agencyId", "roles"));
    }

    @Test
    void theOrganisationEventsGiveTheAgencysBodyNewestFirst() {
        Instant t = Instant.parse("2026-03-01T00:00:00Z");
        service.deliver(Topic.PLAN, KafkaProbe.envelope(new AgencyChanged("a1", "新名", null, "b2", List.of(), true,
                t.plusSeconds(60)), 2));
        service.deliver(Topic.PLAN, KafkaProbe.envelope(new AgencyChanged("a1", "舊名", null, "b1", List.of(), true,
                t), 1));

        assertThat(directory.bodyOf("a1")).contains("b2");
        assertThat(directory.agencyName("a1")).isEqualTo("新名");
    }
}

package tw.uplift.plan.organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tw.uplift.contracts.plan.AgencyChanged;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.PendingEvent;

class AgencyRegistrationTest {

    static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");
    static final Instant TUESDAY = Instant.parse("2026-03-03T01:00:00Z");

    static AgencyDetails districtOffice(String parentId, String... units) {
        return new AgencyDetails("高雄市三民區公所", parentId, "kcg-rdec", List.of(units), true);
    }

    @Test
    void aRegisteredAgencyIsAnnouncedWithItsWholeStateAndItsUnitsInOrder() {
        AgencyRegistration sanmin = AgencyRegistration.register("kcg-sanmin-district",
                districtOffice("kcg-civil-affairs", "民政課", "社會課", "秘書室"), Charts.kaohsiung(), MONDAY);

        assertThat(events(sanmin)).containsExactly(new AgencyChanged("kcg-sanmin-district", "高雄市三民區公所",
                "kcg-civil-affairs", "kcg-rdec", List.of("民政課", "社會課", "秘書室"), true, MONDAY));
        assertThat(sanmin.agency()).isEqualTo(new Agency("kcg-sanmin-district", "高雄市三民區公所", "kcg-civil-affairs",
                "kcg-rdec", List.of("民政課", "社會課", "秘書室")));
    }

    @Test
    void textIsTakenStrippedAndAnEmptyParentIsNone() {
        AgencyRegistration bureau = AgencyRegistration.register("kcg-civil-affairs-2",
                new AgencyDetails(" 高雄市政府民政局 ", " ", "kcg-rdec", List.of(" 秘書室 "), true), Charts.kaohsiung(),
                MONDAY);

        assertThat(bureau.agency()).isEqualTo(new Agency("kcg-civil-affairs-2", "高雄市政府民政局", null, "kcg-rdec",
                List.of("秘書室")));
    }

    @Test
    void anIdIsASlug() {
        for (String bad : List.of("KCG-Sanmin", "kcg_sanmin", "kcg--sanmin", "-kcg", "高雄", "new", "x".repeat(65))) {
            assertThatThrownBy(() -> AgencyRegistration.register(bad, districtOffice(null), Charts.kaohsiung(), MONDAY))
                    .as(bad).isInstanceOfSatisfying(InvalidOrganisationInput.class, e -> assertThat(e.issues())
                            .extracting(InputIssue::field, InputIssue::code).containsExactly(
                                    tuple("id", InputIssue.NOT_A_SLUG)));
        }
        assertThat(OrganisationId.isValid("kcg-sanmin-district")).isTrue();
        assertThat(OrganisationId.isValid("taichung-household-beitun2")).isTrue();
    }

    @Test
    void aNameAndABodyAreRequiredAndEveryBadFieldIsNamedAtOnce() {
        AgencyDetails nameless = new AgencyDetails(" ", null, null, List.of(), true);

        assertThatThrownBy(() -> AgencyRegistration.register("", nameless, Charts.kaohsiung(), MONDAY))
                .isInstanceOfSatisfying(InvalidOrganisationInput.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).containsExactly("id", "name", "supervisingBodyId"));
    }

    @Test
    void unitsAreNamedAndEachIsListedOnce() {
        AgencyDetails twice = districtOffice(null, "民政課", "秘書室", " ", "民政課");

        assertThatThrownBy(() -> AgencyRegistration.register("kcg-sanmin-district", twice, Charts.kaohsiung(), MONDAY))
                .isInstanceOfSatisfying(InvalidOrganisationInput.class, e -> assertThat(e.issues())
                        .extracting(InputIssue::field, InputIssue::code).containsExactly(
                                tuple("units[2]", InputIssue.REQUIRED),
                                tuple("units[3]", InputIssue.DUPLICATE)));
    }

    @Test
    void theParentMustBeRegistered() {
        assertThatThrownBy(() -> AgencyRegistration.register("kcg-sanmin-district", districtOffice("kcg-nowhere"),
                Charts.kaohsiung(), MONDAY)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-parent");
                    assertThat(e.field()).isEqualTo("parentId");
                });
    }

    @Test
    void theSupervisingBodyMustBeRegistered() {
        AgencyDetails elsewhere = new AgencyDetails("高雄市三民區公所", null, "tpe-rdec", List.of(), true);

        assertThatThrownBy(() -> AgencyRegistration.register("kcg-sanmin-district", elsewhere, Charts.kaohsiung(),
                MONDAY)).isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-body");
                    assertThat(e.field()).isEqualTo("supervisingBodyId");
                });
    }

    @Test
    void anAgencyIsNeverItsOwnParent() {
        AgencyRegistration bureau = bureau(Charts.kaohsiung());

        assertThatThrownBy(() -> bureau.change(movedUnder(bureau, "kcg-civil-affairs"), Charts.kaohsiung(), TUESDAY))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("parent-cycle"));
    }

    @Test
    void anAgencyIsNeverPlacedUnderItsChildOrGrandchild() {
        Charts chart = Charts.kaohsiung().withAgency("kcg-household-xinxing-annex", "kcg-household-xinxing");
        AgencyRegistration bureau = bureau(chart);

        for (String below : List.of("kcg-household-xinxing", "kcg-household-xinxing-annex")) {
            assertThatThrownBy(() -> bureau.change(movedUnder(bureau, below), chart, TUESDAY)).as(below)
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.code()).isEqualTo("parent-cycle");
                        assertThat(e.field()).isEqualTo("parentId");
                    });
        }
        assertThat(events(bureau)).as("only the registration").hasSize(1);
    }

    @Test
    void retiringKeepsTheAgencyAndAnnouncesItInactive() {
        AgencyRegistration bureau = bureau(Charts.kaohsiung());
        AgencyDetails d = bureau.details();

        boolean changed = bureau.change(new AgencyDetails(d.name(), d.parentId(), d.supervisingBodyId(), d.units(), false),
                Charts.kaohsiung(), TUESDAY);

        assertThat(changed).isTrue();
        assertThat(bureau.isActive()).isFalse();
        AgencyChanged retired = (AgencyChanged) bureau.pendingEvents().getLast().payload();
        assertThat(retired.active()).isFalse();
        assertThat(retired.units()).as("the whole state, not just the flag").containsExactly("秘書室", "戶籍行政科");
        assertThat(retired.changedAt()).isEqualTo(TUESDAY);
    }

    @Test
    void aChangeThatChangesNothingAnnouncesNothing() {
        AgencyRegistration bureau = bureau(Charts.kaohsiung());

        assertThat(bureau.change(bureau.details(), Charts.kaohsiung(), TUESDAY)).isFalse();
        assertThat(events(bureau)).hasSize(1);
        assertThat(bureau.getChangedAt()).isEqualTo(MONDAY);
    }

    @Test
    void anActiveAgencyIsNotNewlyPlacedUnderARetiredParentButOneAlreadyThereMayStillBeChanged() {
        Charts chart = Charts.kaohsiung().withRetiredAgency("kcg-old-bureau", null);
        assertThatThrownBy(() -> AgencyRegistration.register("kcg-sanmin-district", districtOffice("kcg-old-bureau"),
                chart, MONDAY)).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.code()).isEqualTo("parent-retired"));

        AgencyRegistration underOld = AgencyRegistration.register("kcg-sanmin-district",
                districtOffice("kcg-old-bureau"), Charts.kaohsiung().withAgency("kcg-old-bureau", null), MONDAY);
        AgencyDetails renamed = new AgencyDetails("高雄市三民區公所（新）", "kcg-old-bureau", "kcg-rdec", List.of(), true);
        assertThat(underOld.change(renamed, chart, TUESDAY)).isTrue();
    }

    @Test
    void anActiveAgencyIsNotNewlyPlacedUnderARetiredBody() {
        Charts chart = Charts.kaohsiung().withRetiredBody("kcg-old-rdec");
        AgencyDetails underOldBody = new AgencyDetails("高雄市三民區公所", null, "kcg-old-rdec", List.of(), true);

        assertThatThrownBy(() -> AgencyRegistration.register("kcg-sanmin-district", underOldBody, chart, MONDAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("body-retired");
                    assertThat(e.field()).isEqualTo("supervisingBodyId");
                });
    }

    @Test
    void aBodyNamesOnlyAnAgencyThatIsRegistered() {
        assertThatThrownBy(() -> BodyRegistration.register("kcg-rdec-2",
                new BodyDetails("高雄市政府研究發展考核委員會", "kcg-nowhere", true), Charts.kaohsiung(), MONDAY))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown-agency");
                    assertThat(e.field()).isEqualTo("agencyId");
                });

        BodyRegistration body = BodyRegistration.register("kcg-rdec-2",
                new BodyDetails("高雄市政府研究發展考核委員會", "kcg-civil-affairs", true), Charts.kaohsiung(), MONDAY);
        assertThat(body.pendingEvents()).hasSize(1);
        assertThat(body.change(new BodyDetails("高雄市政府研究發展考核委員會", "kcg-civil-affairs", false),
                Charts.kaohsiung(), TUESDAY)).isTrue();
        assertThat(body.pendingEvents()).hasSize(2);
    }

    private static AgencyRegistration bureau(Charts chart) {
        return AgencyRegistration.register("kcg-civil-affairs",
                new AgencyDetails("高雄市政府民政局", null, "kcg-rdec", List.of("秘書室", "戶籍行政科"), true), chart, MONDAY);
    }

    private static AgencyDetails movedUnder(AgencyRegistration agency, String parentId) {
        AgencyDetails d = agency.details();
        return new AgencyDetails(d.name(), parentId, d.supervisingBodyId(), d.units(), d.active());
    }

    private static List<Object> events(AgencyRegistration agency) {
        return agency.pendingEvents().stream().map(PendingEvent::payload).map(Object.class::cast).toList();
    }
}

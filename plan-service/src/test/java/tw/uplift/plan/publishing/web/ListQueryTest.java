package tw.uplift.plan.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import tw.uplift.plan.publishing.PublicPlanFilter;

class ListQueryTest {

    private static final Set<String> AGENCIES = Set.of("kcg-civil-affairs");

    @Test
    void emptyValuesMeanEveryYearAndEveryAgency() {
        ListQuery query = ListQuery.parse(" ", null, AGENCIES::contains);

        assertThat(query.valid()).isTrue();
        assertThat(query.filter()).isEqualTo(PublicPlanFilter.ALL);
    }

    @Test
    void aYearInRangeAndAKnownAgencyFilter() {
        ListQuery query = ListQuery.parse("115", "kcg-civil-affairs", AGENCIES::contains);

        assertThat(query.filter()).isEqualTo(new PublicPlanFilter(115, "kcg-civil-affairs"));
    }

    @Test
    void aYearThatIsNoRocYearOrAnUnknownAgencyIsAProblemNamingItsField() {
        for (String year : new String[] {"明年", "2026", "89", "-1", "115.5", "99999999999"}) {
            ListQuery query = ListQuery.parse(year, "nowhere", AGENCIES::contains);
            assertThat(query.problems()).as(year).extracting(ListQuery.Problem::field).containsExactly("rocYear", "agency");
        }
    }
}

package tw.uplift.plan.organisations;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Organisation charts for domain tests, with the Kaohsiung names of the demo: the research, development and
 * evaluation commission (kcg-rdec) supervising the civil-affairs bureau and the offices below it.
 */
final class Charts implements OrganisationChart {

    private final Map<String, Entry> agencies = new HashMap<>();
    private final Map<String, Entry> bodies = new HashMap<>();

    /** kcg-rdec; kcg-civil-affairs → kcg-household-xinxing → (nothing yet). */
    static Charts kaohsiung() {
        return new Charts().withBody("kcg-rdec").withAgency("kcg-civil-affairs", null)
                .withAgency("kcg-household-xinxing", "kcg-civil-affairs");
    }

    Charts withBody(String id) {
        bodies.put(id, new Entry(id, null, true));
        return this;
    }

    Charts withRetiredBody(String id) {
        bodies.put(id, new Entry(id, null, false));
        return this;
    }

    Charts withAgency(String id, String parentId) {
        agencies.put(id, new Entry(id, parentId, true));
        return this;
    }

    Charts withRetiredAgency(String id, String parentId) {
        agencies.put(id, new Entry(id, parentId, false));
        return this;
    }

    @Override
    public Optional<Entry> agency(String agencyId) {
        return Optional.ofNullable(agencies.get(agencyId));
    }

    @Override
    public Optional<Entry> body(String bodyId) {
        return Optional.ofNullable(bodies.get(bodyId));
    }
}

package tw.uplift.review.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One agency as stored: the newest state plan-service announced for it ({@code AgencyChanged}) and, apart, the
 * newest a plan submission carried. Keeping the two sources apart, each only ever replaced by a newer copy of
 * itself, is what makes the result independent of the order events arrive in: the current agency is the newer of
 * the two, the announced one winning a tie (it is the owner's word; a submission only repeats it).
 *
 * @param id         the agency (document id)
 * @param registered the state from the newest {@code AgencyChanged}, or null
 * @param registeredAsOf how new it is
 * @param submitted  the agency as the newest {@code PlanSubmitted} named it, or null
 * @param submittedAsOf how new that is
 * @param revision   bumped on every write, so two writers cannot both replace the same copy
 */
@Document("organisation_agencies")
record AgencyEntry(@Id String id, Agency registered, AsOf registeredAsOf, Agency submitted, AsOf submittedAsOf,
        long revision) {

    static AgencyEntry none(String id) {
        return new AgencyEntry(id, null, null, null, null, 0);
    }

    /** This entry with an announced state, or this very entry when that state is not newer than the one kept. */
    AgencyEntry registered(Agency agency, AsOf asOf) {
        if (registered != null && !asOf.isNewerThan(registeredAsOf)) {
            return this;
        }
        return new AgencyEntry(id, agency, asOf, submitted, submittedAsOf, revision + 1);
    }

    /** This entry with a submission's copy, or this very entry when it is not newer than the one kept. */
    AgencyEntry submitted(Agency agency, AsOf asOf) {
        if (submitted != null && !asOf.isNewerThan(submittedAsOf)) {
            return this;
        }
        return new AgencyEntry(id, registered, registeredAsOf, agency, asOf, revision + 1);
    }

    /**
     * The agency as it stands now. A submission newer than the announced state gives name, parent and body (what it
     * carries), the announced state still says whether the agency is active.
     */
    Agency current() {
        if (submitted == null) {
            return registered;
        }
        if (registered == null) {
            return submitted;
        }
        if (registeredAsOf.notOlderThan(submittedAsOf)) {
            return registered;
        }
        return new Agency(id, submitted.name(), submitted.parentId(), submitted.supervisingBodyId(),
                registered.active());
    }
}

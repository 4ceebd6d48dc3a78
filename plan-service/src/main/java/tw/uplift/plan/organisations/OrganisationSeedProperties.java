package tw.uplift.plan.organisations;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The organisations an installation starts with ({@code uplift.plan.organisations}): registered once on the first
 * start, then kept by administrators (see {@link OrganisationSeed}). None by default.
 *
 * @param bodies   supervising bodies (督考機關)
 * @param agencies agencies (機關) with their units
 */
@ConfigurationProperties("uplift.plan.organisations")
public record OrganisationSeedProperties(List<BodySeed> bodies, List<AgencySeed> agencies) {

    public OrganisationSeedProperties {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
        agencies = agencies == null ? List.of() : List.copyOf(agencies);
    }

    /** A supervising body as configured; {@code agencyId} may name an agency configured beside it. */
    public record BodySeed(String id, String name, String agencyId) {

        BodyDetails details() {
            return new BodyDetails(name, agencyId, true);
        }
    }

    /** An agency as configured; its parent and body may be configured beside it, in any order. */
    public record AgencySeed(String id, String name, String parentId, String supervisingBodyId, List<String> units) {

        AgencyDetails details() {
            return new AgencyDetails(name, parentId, supervisingBodyId, units, true);
        }
    }
}

package tw.uplift.review.agencies;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One agency as last seen in a plan submission.
 *
 * @param agencyId          the agency (document id)
 * @param agencyName        its name
 * @param parentAgencyId    its parent agency, or null
 * @param supervisingBodyId the body that reviews it
 * @param asOf              the submission time this is from; older submissions never overwrite it
 */
@Document("known_agencies")
public record KnownAgency(@Id String agencyId, String agencyName, String parentAgencyId, String supervisingBodyId,
        Instant asOf) {
}

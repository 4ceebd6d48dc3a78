package tw.uplift.review.reviewers;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reviewer of a supervising body.
 *
 * @param id           the reviewer's username (the token's subject)
 * @param name         display name
 * @param bodyId       the supervising body they review for (督考機關)
 * @param homeAgencyId the agency they work in, which they must never review (nor its child agencies'
 *                     plans submitted under it as parent); null when they work in the body itself
 */
@Document("reviewers")
public record Reviewer(@Id String id, String name, String bodyId, String homeAgencyId) {

    /** Whether they lead their body (組長); kept by the reviewer registry. */
    public boolean lead() {
        return false;
    }
}

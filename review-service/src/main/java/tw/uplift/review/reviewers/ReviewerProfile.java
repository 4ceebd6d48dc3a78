package tw.uplift.review.reviewers;

import java.util.Set;

/**
 * What an edit of a reviewer sets (everything but their body, which is theirs for good, and their availability,
 * which has its own edit).
 *
 * @param name         display name
 * @param homeAgencyId the agency they work in, or null
 * @param lead         whether they lead the body (組長)
 * @param active       whether they take reviews
 * @param covers       the agencies they review; empty for the whole body
 */
public record ReviewerProfile(String name, String homeAgencyId, boolean lead, boolean active, Set<String> covers) {

    public ReviewerProfile {
        covers = covers == null ? Set.of() : Set.copyOf(covers);
    }
}

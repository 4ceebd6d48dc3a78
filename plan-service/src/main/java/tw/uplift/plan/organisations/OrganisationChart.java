package tw.uplift.plan.organisations;

import java.util.Optional;

/**
 * What the rules of an organisation's place need to know about the others: who is registered, who is retired, and
 * who sits under whom. The directory answers from the store; the start-up registration also from its configuration.
 */
public interface OrganisationChart {

    /** An agency's parent and whether it is active; empty when no agency has that id. */
    Optional<Entry> agency(String agencyId);

    /** Whether a body is active; empty when no body has that id. */
    Optional<Entry> body(String bodyId);

    /**
     * One organisation as the rules see it.
     *
     * @param id       its id
     * @param parentId its parent agency (agencies only), or null
     * @param active   false once retired
     */
    record Entry(String id, String parentId, boolean active) {
    }
}

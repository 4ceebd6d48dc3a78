package tw.uplift.plan.organisations;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import tw.uplift.platform.domain.RuleViolationException;

/**
 * The rules of where an agency sits: its parent (上級機關) is a registered agency and never the agency itself or one
 * below it (a district office under the civil-affairs bureau, never the bureau under its own district office), and
 * its supervising body (督考機關) is registered. An active agency is not newly put under a retired parent or body;
 * one already there keeps its place until it is moved, so a later retirement does not lock its other fields.
 */
final class AgencyPlacement {

    /** Deeper than any government; a chart this deep is broken (a cycle written around the rules). */
    static final int MAX_DEPTH = 50;

    private AgencyPlacement() {
    }

    /**
     * @param before the agency as it was, or null for a new one
     * @throws RuleViolationException {@code unknown-parent}, {@code parent-cycle}, {@code parent-retired},
     *         {@code unknown-body}, {@code body-retired}; naming the field
     */
    static void check(String agencyId, AgencyDetails details, AgencyDetails before, OrganisationChart chart) {
        boolean newlyActive = details.active() && (before == null || !before.active());
        String parentId = details.parentId();
        if (parentId != null) {
            if (parentId.equals(agencyId)) {
                throw new RuleViolationException("parent-cycle", "parentId", "an agency cannot be its own parent");
            }
            OrganisationChart.Entry parent = chart.agency(parentId).orElseThrow(() -> new RuleViolationException(
                    "unknown-parent", "parentId", "there is no agency " + parentId));
            if (!parent.active() && details.active()
                    && (newlyActive || !Objects.equals(parentId, before.parentId()))) {
                throw new RuleViolationException("parent-retired", "parentId",
                        "the agency " + parentId + " is retired; choose an active parent");
            }
            requireNoCycle(agencyId, parent, chart);
        }
        String bodyId = details.supervisingBodyId();
        OrganisationChart.Entry body = chart.body(bodyId).orElseThrow(() -> new RuleViolationException(
                "unknown-body", "supervisingBodyId", "there is no supervising body " + bodyId));
        if (!body.active() && details.active()
                && (newlyActive || !Objects.equals(bodyId, before.supervisingBodyId()))) {
            throw new RuleViolationException("body-retired", "supervisingBodyId",
                    "the supervising body " + bodyId + " is retired; choose an active one");
        }
    }

    /** Walks up from the new parent: meeting the agency itself means the parent sits below it. */
    private static void requireNoCycle(String agencyId, OrganisationChart.Entry parent, OrganisationChart chart) {
        Set<String> seen = new HashSet<>();
        OrganisationChart.Entry at = parent;
        while (at != null && seen.add(at.id()) && seen.size() <= MAX_DEPTH) {
            if (at.parentId() == null) {
                return;
            }
            if (at.parentId().equals(agencyId)) {
                throw new RuleViolationException("parent-cycle", "parentId", "the agency " + parent.id()
                        + " sits below " + agencyId + "; an agency cannot be placed under its own child");
            }
            at = chart.agency(at.parentId()).orElse(null);
        }
    }
}

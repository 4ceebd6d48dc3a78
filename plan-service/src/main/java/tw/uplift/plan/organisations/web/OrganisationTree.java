package tw.uplift.plan.organisations.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tw.uplift.plan.organisations.AgencyDetails;
import tw.uplift.plan.organisations.AgencyRegistration;
import tw.uplift.plan.organisations.BodyRegistration;

/**
 * The organisations as the administrator's page shows them: each supervising body with the agencies it supervises,
 * each agency with the agencies below it that the same body supervises. An agency whose parent is supervised by
 * another body starts a branch of its own under its body, naming its parent.
 *
 * @param bodies      the bodies, by id
 * @param withoutBody agencies whose body is not registered (none while the rules hold), so none is left out
 */
record OrganisationTree(List<BodyBranch> bodies, List<AgencyNode> withoutBody) {

    /** A body, the agency it is part of (its name, or null) and the agencies it supervises. */
    record BodyBranch(String id, String name, String agencyName, boolean active, List<AgencyNode> agencies) {
    }

    /** An agency with its units and the agencies below it; {@code parentName} when its parent is elsewhere. */
    record AgencyNode(String id, String name, List<String> units, boolean active, String parentName,
            List<AgencyNode> children) {
    }

    static OrganisationTree of(List<AgencyRegistration> agencies, List<BodyRegistration> bodies) {
        Map<String, AgencyDetails> byId = new LinkedHashMap<>();
        agencies.forEach(a -> byId.put(a.getId(), a.details()));
        Set<String> bodyIds = new HashSet<>();
        bodies.forEach(b -> bodyIds.add(b.getId()));
        List<BodyBranch> branches = new ArrayList<>();
        for (BodyRegistration body : bodies) {
            String agencyId = body.details().agencyId();
            String agencyName = agencyId == null || !byId.containsKey(agencyId) ? agencyId : byId.get(agencyId).name();
            branches.add(new BodyBranch(body.getId(), body.details().name(), agencyName, body.isActive(),
                    rootsOf(body.getId(), byId)));
        }
        List<AgencyNode> withoutBody = new ArrayList<>();
        byId.forEach((id, details) -> {
            if (!bodyIds.contains(details.supervisingBodyId())) {
                withoutBody.add(node(id, details, byId, details.supervisingBodyId(), new HashSet<>()));
            }
        });
        return new OrganisationTree(branches, withoutBody);
    }

    /** The agency and every agency below it, whatever their bodies: none of them may become its parent. */
    static Set<String> selfAndBelow(String agencyId, List<AgencyRegistration> agencies) {
        Set<String> found = new HashSet<>();
        found.add(agencyId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (AgencyRegistration a : agencies) {
                String parentId = a.details().parentId();
                if (parentId != null && found.contains(parentId) && found.add(a.getId())) {
                    grew = true;
                }
            }
        }
        return found;
    }

    private static List<AgencyNode> rootsOf(String bodyId, Map<String, AgencyDetails> byId) {
        List<AgencyNode> roots = new ArrayList<>();
        byId.forEach((id, details) -> {
            if (bodyId.equals(details.supervisingBodyId()) && !sitsUnderSameBody(details, byId)) {
                roots.add(node(id, details, byId, bodyId, new HashSet<>()));
            }
        });
        return roots;
    }

    private static boolean sitsUnderSameBody(AgencyDetails details, Map<String, AgencyDetails> byId) {
        AgencyDetails parent = details.parentId() == null ? null : byId.get(details.parentId());
        return parent != null && Objects.equals(parent.supervisingBodyId(), details.supervisingBodyId());
    }

    private static AgencyNode node(String id, AgencyDetails details, Map<String, AgencyDetails> byId, String bodyId,
            Set<String> onPath) {
        onPath.add(id);
        List<AgencyNode> children = new ArrayList<>();
        byId.forEach((childId, child) -> {
            if (id.equals(child.parentId()) && Objects.equals(bodyId, child.supervisingBodyId())
                    && !onPath.contains(childId)) {
                children.add(node(childId, child, byId, bodyId, onPath));
            }
        });
        onPath.remove(id);
        AgencyDetails parent = details.parentId() == null ? null : byId.get(details.parentId());
        String parentName = sitsUnderSameBody(details, byId) ? null
                : parent != null ? parent.name() : details.parentId();
        return new AgencyNode(id, details.name(), details.units(), details.active(), parentName, children);
    }
}

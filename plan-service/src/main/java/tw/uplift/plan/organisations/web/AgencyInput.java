package tw.uplift.plan.organisations.web;

import java.util.List;
import tw.uplift.plan.organisations.AgencyDetails;

/**
 * An agency as an administrator sends it: its whole state. The checks are the domain's ({@link AgencyDetails},
 * written once for the API and the pages), so nothing is annotated here.
 *
 * @param id                a slug such as {@code kcg-sanmin-district}; when registering (on a change it may be left
 *                          out, and if given it must be the agency's own)
 * @param name              its name, required
 * @param parentId          the parent agency (上級機關), or null
 * @param supervisingBodyId the body that reviews its plans (督考機關), required
 * @param units             its units (科/課/室/館/所) in order; left out means none
 * @param active            false retires it; left out: active when registering, unchanged on a change
 */
public record AgencyInput(String id, String name, String parentId, String supervisingBodyId, List<String> units,
        Boolean active) {

    AgencyDetails details(boolean activeWhenLeftOut) {
        return new AgencyDetails(name, parentId, supervisingBodyId, units, active == null ? activeWhenLeftOut : active);
    }
}

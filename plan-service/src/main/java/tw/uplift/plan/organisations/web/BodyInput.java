package tw.uplift.plan.organisations.web;

import tw.uplift.plan.organisations.BodyDetails;

/**
 * A supervising body (督考機關) as an administrator sends it: its whole state.
 *
 * @param id       a slug such as {@code kcg-rdec}; when registering (on a change it may be left out, and if given it
 *                 must be the body's own)
 * @param name     its name, required
 * @param agencyId the agency it is part of, if it is one of ours, or null
 * @param active   false retires it; left out: active when registering, unchanged on a change
 */
public record BodyInput(String id, String name, String agencyId, Boolean active) {

    BodyDetails details(boolean activeWhenLeftOut) {
        return new BodyDetails(name, agencyId, active == null ? activeWhenLeftOut : active);
    }
}

package tw.uplift.notification.deadlines.web;

import org.springframework.security.access.AccessDeniedException;
import tw.uplift.notification.deadlines.Deadline;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * Who may see and act on one deadline: the responsible agency's users see it and ask for extensions; the
 * supervising body's reviewers see it and decide; admins and ops see all. Anyone else gets a 404, as if it did
 * not exist; a token carrying an id grants nothing its roles do not.
 */
final class DeadlineAccess {

    private DeadlineAccess() {
    }

    static Deadline readable(Deadline d, CurrentUser user) {
        if (d == null || !d.isTracked() || !canRead(d, user)) {
            throw new NotFoundException("deadline", d == null ? "?" : d.getId());
        }
        return d;
    }

    static boolean canRead(Deadline d, CurrentUser user) {
        if (user.isAgencyUser() && user.agencyId() != null && user.agencyId().equals(d.agencyId())) {
            return true;
        }
        if (isBodyReviewer(d, user)) {
            return true;
        }
        return user.has(Role.ADMIN) || user.has(Role.OPS);
    }

    /** The responsible agency's staff or head (機關承辦 / 機關首長). */
    static boolean mayRequest(Deadline d, CurrentUser user) {
        return user.isAgencyUser() && user.agencyId() != null && user.agencyId().equals(d.agencyId());
    }

    /** A reviewer of the item's supervising body (督考機關). */
    static boolean mayDecide(Deadline d, CurrentUser user) {
        return isBodyReviewer(d, user);
    }

    static void requireRequest(Deadline d, CurrentUser user) {
        if (!mayRequest(d, user)) {
            throw new AccessDeniedException("only the responsible agency asks for an extension");
        }
    }

    static void requireDecide(Deadline d, CurrentUser user) {
        if (!mayDecide(d, user)) {
            throw new AccessDeniedException("only a reviewer of the supervising body decides an extension");
        }
    }

    private static boolean isBodyReviewer(Deadline d, CurrentUser user) {
        return user.has(Role.REVIEWER) && user.bodyId() != null && !user.bodyId().isBlank()
                && user.bodyId().equals(d.supervisingBodyId());
    }
}

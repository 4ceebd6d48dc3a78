package tw.uplift.notification.webhook.web;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import tw.uplift.notification.webhook.WebhookOwner;
import tw.uplift.notification.webhook.application.WebhookScope;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * Who may manage which endpoints, by role: an ADMIN anyone's; a REVIEWER their supervising body's; an AGENCY_HEAD
 * their agency's. Agency staff and OPS manage none. The id in the token only says which body or agency, the role
 * says whether at all.
 */
final class WebhookCallers {

    private WebhookCallers() {
    }

    /** @throws AccessDeniedException when the caller may manage no endpoint at all */
    static WebhookScope scopeOf(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return WebhookScope.everyone();
        }
        Set<WebhookOwner> owners = new LinkedHashSet<>();
        if (user.has(Role.REVIEWER) && isSet(user.bodyId())) {
            owners.add(WebhookOwner.body(user.bodyId()));
        }
        if (user.has(Role.AGENCY_HEAD) && isSet(user.agencyId())) {
            owners.add(WebhookOwner.agency(user.agencyId()));
        }
        if (owners.isEmpty()) {
            throw new AccessDeniedException("only an administrator, a supervising body's reviewer or an agency head "
                    + "manages webhooks");
        }
        return WebhookScope.of(owners);
    }

    /** The owner a new endpoint gets when the request names none: the caller's only one, if they have just one. */
    static WebhookOwner defaultOwner(WebhookScope scope) {
        return !scope.all() && scope.owners().size() == 1 ? scope.owners().iterator().next() : null;
    }

    private static boolean isSet(String id) {
        return id != null && !id.isBlank();
    }
}

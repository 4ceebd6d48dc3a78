package tw.uplift.notification.inbox.web;

import java.util.ArrayList;
import java.util.List;
import tw.uplift.notification.Recipients;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * The inbox addresses a caller reads: their own, their agency's (agency users), their agency head's (the head),
 * their body's (reviewers).
 */
final class InboxAddresses {

    private InboxAddresses() {
    }

    static List<String> of(CurrentUser user) {
        List<String> addresses = new ArrayList<>();
        addresses.add(Recipients.user(user.username()));
        if (user.isAgencyUser()) {
            addresses.add(Recipients.agency(user.requireAgency()));
        }
        if (user.has(Role.AGENCY_HEAD) && user.agencyId() != null && !user.agencyId().isBlank()) {
            addresses.add(Recipients.agencyHead(user.agencyId()));
        }
        if (user.has(Role.REVIEWER) && user.bodyId() != null && !user.bodyId().isBlank()) {
            addresses.add(Recipients.body(user.bodyId()));
        }
        return addresses;
    }
}

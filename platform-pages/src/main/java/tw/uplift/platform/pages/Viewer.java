package tw.uplift.platform.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who is looking at a page, as the layout shows them: their name, their role, the agency (機關) or supervising
 * body (督考機關) they act for, where they may go, and how many notices they have not read.
 *
 * @param name         the person's name, or null when nobody is logged in
 * @param roles        their role names ({@code AGENCY_STAFF}, {@code REVIEWER} …)
 * @param organisation their agency or body id, or null
 * @param unread       unread notices, or null when not known (the count is then not shown)
 */
public record Viewer(String name, Set<String> roles, String organisation, Integer unread) {

    public static final Viewer ANONYMOUS = new Viewer(null, Set.of(), null, null);

    public boolean loggedIn() {
        return name != null;
    }

    /** The message key of the role to show: the most specific one the viewer has. */
    public String roleKey() {
        for (String role : List.of("AGENCY_HEAD", "AGENCY_STAFF", "REVIEWER", "ADMIN", "OPS")) {
            if (roles.contains(role)) {
                return "uplift.role." + role;
            }
        }
        return null;
    }

    /**
     * The desks this viewer works at, in the order of the header; the inbox is everyone's. An administrator reads
     * the review tasks too (and decides none), and keeps the organisations (機關管理, served by plan-service). Agencies
     * answer their corrective actions (改善事項) where the supervising body follows them; the body's reviewers (審查委員)
     * are kept by its lead and the administrator, who alone reads the audit trail (稽核軌跡).
     */
    public List<NavLink> navigation() {
        List<NavLink> links = new ArrayList<>();
        if (roles.contains("AGENCY_STAFF") || roles.contains("AGENCY_HEAD")) {
            links.add(new NavLink("uplift.nav.plans", "/plans"));
        }
        if (roles.contains("AGENCY_STAFF") || roles.contains("AGENCY_HEAD")) {
            // 滿意度調查: the agency's own surveys (survey-service), beside its plans
            links.add(new NavLink("uplift.nav.surveys", "/surveys"));
        }
        if (roles.contains("REVIEWER") || roles.contains("ADMIN")) {
            links.add(new NavLink("uplift.nav.reviews", "/reviews"));
        }
        if (roles.contains("AGENCY_STAFF") || roles.contains("AGENCY_HEAD") || roles.contains("REVIEWER")
                || roles.contains("ADMIN")) {
            links.add(new NavLink("uplift.nav.correctiveActions", "/reviews/corrective-actions"));
        }
        if (roles.contains("REVIEWER") || roles.contains("ADMIN")) {
            links.add(new NavLink("uplift.nav.reviewers", "/reviews/reviewers"));
        }
        if (roles.contains("ADMIN")) {
            links.add(new NavLink("uplift.nav.organisations", "/plans/organisations"));
        }
        if (roles.contains("ADMIN") || roles.contains("OPS")) {
            links.add(new NavLink("uplift.nav.ops", "/ops"));
        }
        if (roles.contains("ADMIN")) {
            // 稽核軌跡: who did what across the services (notification-service keeps it)
            links.add(new NavLink("uplift.nav.audit", "/admin/audit"));
        }
        if (loggedIn()) {
            links.add(new NavLink("uplift.nav.inbox", "/inbox"));
        }
        return links;
    }

    public Viewer withUnread(Integer count) {
        return new Viewer(name, roles, organisation, count);
    }
}

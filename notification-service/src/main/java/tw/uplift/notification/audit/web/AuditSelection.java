package tw.uplift.notification.audit.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.audit.persistence.AuditQuery;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * The filters of the page and the exports, as the operator types them: item, actor and service exactly; a date
 * range in Taipei days ({@code from} and {@code to} both included, {@code 2026-03-01}); blank means no filter.
 * The one place that also says who may read the trail: ADMIN only (an inspector is given an ADMIN account or the
 * export; OPS runs the system but does not read who did what).
 */
record AuditSelection(String item, String actor, String service, String from, String to) {

    AuditSelection {
        item = blankToNull(item);
        actor = blankToNull(actor);
        service = blankToNull(service);
        from = blankToNull(from);
        to = blankToNull(to);
    }

    static void requireReader(CurrentUser user) {
        user.requireAny(Role.ADMIN);
    }

    AuditQuery query() {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && last.isBefore(first)) {
            throw InvalidInput.of("to", "the last day comes before the first");
        }
        return new AuditQuery(item, actor, service, startOf(first), last == null ? null : startOf(last.plusDays(1)),
                null, null);
    }

    private static Instant startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(TaipeiTime.ZONE).toInstant();
    }

    private static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(field, "a date as 2026-03-01");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

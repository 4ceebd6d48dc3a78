package tw.uplift.notification.deadlines;

import java.util.Objects;
import tw.uplift.notification.Recipients;

/**
 * Who an obligation concerns.
 *
 * @param agencyId          the responsible agency (for a review task: the agency under review)
 * @param supervisingBodyId who hears of escalations (督考機關), or null
 * @param responsible       whose inbox gets the reminders ({@link Recipients}): the agency's unless said otherwise
 */
public record Parties(String agencyId, String supervisingBodyId, String responsible) {

    public Parties {
        Objects.requireNonNull(responsible, "responsible");
    }

    /** An agency owes it; its shared inbox is reminded, its supervising body hears of escalations. */
    public static Parties ofAgency(String agencyId, String supervisingBodyId) {
        return new Parties(Objects.requireNonNull(agencyId, "agencyId"), supervisingBodyId, Recipients.agency(agencyId));
    }

    /** The same parties, with the reminders going to another inbox (e.g. the reviewer who holds the task). */
    public Parties reminding(String recipient) {
        return new Parties(agencyId, supervisingBodyId, recipient);
    }
}

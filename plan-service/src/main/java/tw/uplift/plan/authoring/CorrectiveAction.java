package tw.uplift.plan.authoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A corrective action (改善事項) a routine check raised about one of the plan's measures, as the plan knows it: what
 * must be corrected, by when, and whether the agency answered (改善情形回復). Put together from review-service's
 * events, which may come in any order: each adds what it knows ({@link #with}), and an answer is final.
 *
 * @param actionId    the corrective action
 * @param measureId   the measure it is about, or null until an event names it
 * @param what        what must be corrected (應改善事項), or null until known
 * @param dueDate     by when (改善期限, Asia/Taipei), or null until known
 * @param requiredAt  when review-service opened it (CorrectiveActionRequired), or null until that event arrives
 * @param respondedAt when the agency answered, or null while open
 */
public record CorrectiveAction(String actionId, String measureId, String what, LocalDate dueDate, Instant requiredAt,
        Instant respondedAt) {

    public CorrectiveAction {
        Objects.requireNonNull(actionId, "actionId");
    }

    /** Raised with a verdict (持續列管): what and by when, as the reviewer wrote it on the check. */
    public static CorrectiveAction raised(String actionId, String measureId, String what, LocalDate dueDate) {
        return new CorrectiveAction(actionId, measureId, what, dueDate, null, null);
    }

    /** Opened by review-service (CorrectiveActionRequired): its finding and deadline are the ones in force. */
    static CorrectiveAction required(String actionId, String measureId, String finding, LocalDate dueDate,
            Instant requiredAt) {
        return new CorrectiveAction(actionId, measureId, finding, dueDate, requiredAt, null);
    }

    /** Answered by the agency; may be all that is known of it yet, when the answer overtook the rest. */
    static CorrectiveAction answered(String actionId, Instant respondedAt) {
        return new CorrectiveAction(actionId, null, null, null, null, respondedAt);
    }

    /** Open until the agency answers it. */
    public boolean open() {
        return respondedAt == null;
    }

    /**
     * This action with what {@code news} adds: the opened action's finding and deadline over those written on the
     * verdict, anything else only where nothing was known; the first answer stays. The same news again, in any
     * order, gives the same action.
     */
    CorrectiveAction with(CorrectiveAction news) {
        boolean authoritative = news.requiredAt != null;
        return new CorrectiveAction(actionId,
                pick(authoritative, news.measureId, measureId),
                pick(authoritative, news.what, what),
                pick(authoritative, news.dueDate, dueDate),
                requiredAt != null ? requiredAt : news.requiredAt,
                respondedAt != null ? respondedAt : news.respondedAt);
    }

    private static <T> T pick(boolean preferNews, T news, T known) {
        if (preferNews) {
            return news != null ? news : known;
        }
        return known != null ? known : news;
    }
}

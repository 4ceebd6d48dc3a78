package tw.uplift.notification.inbox;

import java.util.Objects;
import tw.uplift.contracts.deadline.StepKey;

/**
 * Why a notice exists, which decides its identity: a notice is delivered once per cause and recipient.
 *
 * @param key     what the notice is about: an event, or one step of one deadline
 * @param eventId the event that brought it, kept on the item (and its {@code NotificationDelivered}) as evidence
 */
public record NoticeCause(String key, String eventId) {

    public NoticeCause {
        Objects.requireNonNull(key, "key");
    }

    /** A notice about one event (an assignment, a decision): a redelivery is the same notice. */
    public static NoticeCause event(String eventId) {
        return new NoticeCause(eventId, eventId);
    }

    /**
     * A notice about one step of a deadline's ladder: the same notice whichever event announced the step (a step
     * recorded twice after a crash still tells each recipient once).
     */
    public static NoticeCause step(String deadlineId, String stepKey, String eventId) {
        return new NoticeCause(StepKey.of(deadlineId, stepKey), eventId);
    }
}

package tw.uplift.platform.events;

/**
 * A message that can never be processed (unknown type, malformed JSON, missing headers). Not retried:
 * it goes straight to the dead-letter topic with this message as the reason.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}

package tw.uplift.contracts.values;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * The id of something that a cause brings about, derived from that cause: the same cause and purpose always
 * give the same id. This is how consumers stay idempotent by construction: a redelivered event derives the
 * id of the effect it already created and meets the unique {@code _id}.
 */
public final class DerivedId {

    private DerivedId() {
    }

    /**
     * @param cause   what caused it, usually an event id (or another stable key, such as a survey and a
     *                client's idempotency key)
     * @param purpose which of the cause's effects this is (e.g. {@code plan-approval}, {@code inbox:agency:x})
     * @return a name-based UUID (version 3) as text
     */
    public static String of(String cause, String purpose) {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(purpose, "purpose");
        return UUID.nameUUIDFromBytes((cause + ":" + purpose).getBytes(StandardCharsets.UTF_8)).toString();
    }
}

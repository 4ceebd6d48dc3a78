package tw.uplift.notification.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one rule for an entry's hash, simple enough for an inspector to recompute from an export with any language:
 * SHA-256 over the entry's fields as netstrings ({@code <byte length>:<UTF-8 bytes>,}) in this order:
 * {@value #VERSION}, position, event id, service, type, item, actor, time (ISO-8601 UTC, e.g.
 * {@code 2026-03-01T02:15:00.123Z}, as {@link java.time.Instant#toString()} writes it), request, payload digest,
 * previous hash. Netstrings make the form unambiguous (no separator can be forged inside a field).
 */
public final class ChainHash {

    /** Entry 1's previous hash: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    /** The first field of every canonical form, so that a future form can change without doubt. */
    public static final String VERSION = "uplift-audit-v1";

    private ChainHash() {
    }

    public static String of(long position, AuditedEvent e, String prevHash) {
        StringBuilder form = new StringBuilder();
        for (String field : new String[] {VERSION, Long.toString(position), e.eventId(), e.service(), e.type(),
                e.item(), e.actor(), e.time().toString(), e.request(), e.payloadDigest(), prevHash}) {
            String value = field == null ? "" : field;
            form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(',');
        }
        return sha256(form.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 of some bytes, as lower-case hex. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

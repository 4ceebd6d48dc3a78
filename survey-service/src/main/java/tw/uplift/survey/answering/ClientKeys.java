package tw.uplift.survey.answering;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * The key a client is counted under by the per-client limits (用戶端代號), never its address: an HMAC-SHA256 of the
 * address with the secret of the current day in Taipei ({@link DailySecret}), cut to 128 bits. The secret rotates at
 * midnight and the earlier days' are deleted ({@link #forgetEarlierDays}), so a key is only ever worth trying
 * addresses against while its day lasts — and the rate windows it names are deleted within two windows anyway
 * ({@link SharedRateLimit#forgetOldWindows}). Keys of one address on two days cannot be linked.
 *
 * <p>A day's {@link Mac} is made once (the secret may live in the store, which need not be up when the service
 * starts: it is read at the first request of the day) and each request hashes with a clone of it. Not a
 * ThreadLocal: requests run on virtual threads, one per request, and a clone skips what makes
 * {@code Mac.getInstance} + {@code init} costly.
 */
public final class ClientKeys {

    private static final String HMAC = "HmacSHA256";

    private final DailySecret secrets;
    private final Clock clock;
    private volatile Keyed keyed;

    private record Keyed(LocalDate day, Mac mac) {
    }

    public ClientKeys(DailySecret secrets, Clock clock) {
        this.secrets = secrets;
        this.clock = clock;
        try {
            keyedMac(new byte[32]).clone(); // fail at start-up, not per request, should this JDK's HMAC not clone
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(HMAC + " of this JDK cannot be cloned", e);
        }
    }

    /** The key of this address today. */
    public String of(String address) {
        byte[] digest = today().doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    /** Deletes the secrets of the days before today; the keys made with them can no longer be reproduced. */
    public long forgetEarlierDays() {
        return secrets.forgetBefore(TaipeiTime.today(clock));
    }

    private Mac today() {
        LocalDate day = TaipeiTime.today(clock);
        Keyed current = keyed;
        if (current == null || !current.day().equals(day)) {
            synchronized (this) {
                current = keyed;
                if (current == null || !current.day().equals(day)) {
                    current = new Keyed(day, keyedMac(secrets.of(day)));
                    keyed = current;
                }
            }
        }
        try {
            return (Mac) current.mac().clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(HMAC + " of this JDK cannot be cloned", e);
        }
    }

    private static Mac keyedMac(byte[] secret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(secret, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every JDK", e);
        }
    }
}

package tw.uplift.survey.answering;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.LocalDate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A secret of its own for each day (每日輪替的密鑰), the same on every instance: derived from the configured secret
 * where the deployment has one (an HMAC of the day with it, so nothing is stored), otherwise made at random for the
 * day and kept in the store ({@link GuardSecret}) under {@code <name>:<yyyy-MM-dd>} until
 * {@link #forgetBefore} deletes it. A day's secret, once forgotten, cannot be made again, so what was hashed with it
 * can no longer be tried against guesses.
 */
public final class DailySecret {

    private static final String HMAC = "HmacSHA256";

    private final String configured;
    private final MongoTemplate mongo;
    private final String name;

    /** @param configured the deployment's secret, or null/blank to keep random ones in the store */
    public DailySecret(String configured, MongoTemplate mongo, String name) {
        this.configured = configured;
        this.mongo = mongo;
        this.name = name;
    }

    /** The secret of this day. */
    public byte[] of(LocalDate day) {
        if (configured != null && !configured.isBlank()) {
            try {
                Mac mac = Mac.getInstance(HMAC);
                mac.init(new SecretKeySpec(configured.getBytes(StandardCharsets.UTF_8), HMAC));
                return mac.doFinal((name + ":" + day).getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(HMAC + " is part of every JDK", e);
            }
        }
        return GuardSecret.of(null, mongo, name + ":" + day);
    }

    /**
     * Deletes the kept secrets of the days before this one: one {@code _id} range (ISO dates sort as text). Nothing
     * to delete with a configured secret.
     *
     * @return how many were deleted
     */
    public long forgetBefore(LocalDate day) {
        if (configured != null && !configured.isBlank()) {
            return 0;
        }
        return mongo.remove(Query.query(Criteria.where("_id").gte(name + ":").lt(name + ":" + day)),
                GuardSecret.COLLECTION).getDeletedCount();
    }
}

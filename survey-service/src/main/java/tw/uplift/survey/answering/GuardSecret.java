package tw.uplift.survey.answering;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A secret every instance of the service shares (共用密鑰): the salt of the client keys (an address hashed with it
 * cannot be reversed by trying all addresses) and the key of the kiosk links. Configured where the deployment has
 * a secret store; otherwise made once at random and kept in the service's own store, so every instance, and the
 * next start, uses the same one without any set-up. The first instance to start writes it ({@code $setOnInsert}),
 * the others read what it wrote.
 */
public final class GuardSecret {

    static final String COLLECTION = "public_guard_secrets";

    private GuardSecret() {
    }

    /** The configured secret, or the one kept in the store under this name (made now when there is none). */
    public static byte[] of(String configured, MongoTemplate mongo, String name) {
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        Query byName = Query.query(Criteria.where("_id").is(name));
        Update ifNew = new Update().setOnInsert("value", Base64.getEncoder().encodeToString(fresh));
        FindAndModifyOptions upsert = FindAndModifyOptions.options().upsert(true).returnNew(true);
        Document kept;
        try {
            kept = mongo.findAndModify(byName, ifNew, upsert, Document.class, COLLECTION);
        } catch (DuplicateKeyException anotherInstanceWasFirst) {
            kept = mongo.findOne(byName, Document.class, COLLECTION);
        }
        return Base64.getDecoder().decode(kept.getString("value"));
    }
}

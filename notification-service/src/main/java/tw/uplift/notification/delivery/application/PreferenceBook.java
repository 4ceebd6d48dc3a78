package tw.uplift.notification.delivery.application;

import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.notification.delivery.Preferences;

/** Each person's notification preferences (通知設定); the defaults for someone who never chose. */
public class PreferenceBook {

    private final MongoTemplate mongo;

    public PreferenceBook(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Preferences of(String username) {
        Preferences p = mongo.findById(username, Preferences.class);
        return p == null ? Preferences.defaults(username) : p;
    }

    /** Replaces a person's preferences (the same request twice leaves the same). */
    public Preferences put(Preferences preferences) {
        return mongo.save(preferences);
    }
}

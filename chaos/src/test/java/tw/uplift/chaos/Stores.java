package tw.uplift.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.List;
import org.bson.Document;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.launcher.ServiceSpec;

/** Reads of the four services' databases that the scenarios count with, through the driver, as an operator would. */
final class Stores {

    private Stores() {
    }

    /** Events waiting in the outboxes of all four services (inside their aggregates, {@code pendingEvents}). */
    static long pendingEvents(MongoClient mongo) {
        long pending = 0;
        for (ServiceSpec service : ServiceSpec.ALL) {
            MongoDatabase db = mongo.getDatabase(service.database());
            for (String collection : aggregateCollections(db)) {
                for (Document aggregate : db.getCollection(collection).find(Filters.exists("pendingEvents.0"))
                        .projection(new Document("pendingEvents", 1))) {
                    pending += aggregate.getList("pendingEvents", Object.class).size();
                }
            }
        }
        return pending;
    }

    /** The ids of the events waiting in all outboxes. */
    static List<String> pendingEventIds(MongoClient mongo) {
        java.util.ArrayList<String> ids = new java.util.ArrayList<>();
        for (ServiceSpec service : ServiceSpec.ALL) {
            MongoDatabase db = mongo.getDatabase(service.database());
            for (String collection : aggregateCollections(db)) {
                for (Document aggregate : db.getCollection(collection).find(Filters.exists("pendingEvents.0"))
                        .projection(new Document("pendingEvents", 1))) {
                    for (Document event : aggregate.getList("pendingEvents", Document.class)) {
                        ids.add(event.getString("eventId"));
                    }
                }
            }
        }
        return ids;
    }

    /**
     * Every collection that may hold aggregates with an outbox: all but the citizens' stored answers, which have none
     * and are by far the largest (the embedded store scans a collection for any query but by {@code _id}).
     */
    private static List<String> aggregateCollections(MongoDatabase db) {
        return db.listCollectionNames().into(new java.util.ArrayList<>()).stream()
                .filter(name -> !name.equals("survey_responses")).toList();
    }

    /** How many survey-close deadlines notification-service keeps for the survey (one once its opening arrived). */
    static long surveyCloseDeadlines(MongoClient mongo, String surveyId) {
        return mongo.getDatabase(ServiceSpec.NOTIFICATION.database()).getCollection("deadlines")
                .countDocuments(Filters.or(Filters.eq("_id", DerivedId.of(surveyId, "deadline:survey-close")),
                        Filters.and(Filters.eq("kind", "SURVEY_CLOSE"), Filters.eq("itemId", surveyId))));
    }
}

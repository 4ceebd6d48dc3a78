package tw.uplift.survey.closing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;
import tw.uplift.survey.results.TallyStore;

/**
 * Closes the OPEN surveys whose closing time has passed, each with its final results: SurveyClosed and, when
 * anyone answered, SurveyResultsPublished, as closing by hand does. Answers stop at the closing time anyway (the
 * survey refuses them from then on); this is what publishes the results without anybody clicking.
 *
 * <p><b>Once, with any number of instances.</b> Each close is one {@link AggregateStore#update}: the save only
 * succeeds on the version that was read, so of two instances closing the same survey at once one saves and the
 * other's save is refused; it reads the survey again, finds it CLOSED, and the survey's own rule makes that a
 * no-op. The events are recorded in the one save that succeeded, so they go out once. Stopping the running
 * aggregate may happen twice in that race, which {@link TallyStore#finalCount} allows (it only reads it again).
 */
@Service
public class DueClosings {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final TallyStore tallies;
    private final Clock clock;

    public DueClosings(AggregateStore store, MongoTemplate mongo, TallyStore tallies, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.tallies = tallies;
        this.clock = clock;
    }

    /** Closes every survey due now; returns how many this call closed (not those another instance closed). */
    public int closeDue() {
        Instant now = clock.instant();
        int closed = 0;
        for (String id : dueIds(now)) {
            boolean closedNow = store.update(id, Survey.class, survey -> {
                // Judged again on the fresh copy: by now it may be closed by hand or by another instance.
                if (survey.status() != SurveyStatus.OPEN || survey.acceptsAnswersAt(now)) {
                    return false;
                }
                survey.close(() -> tallies.finalCount(survey), clock);
                return true;
            }).orElse(false);
            if (closedNow) {
                closed++;
            }
        }
        return closed;
    }

    /**
     * The ids of OPEN surveys past their closing time. A query on status and time, not by {@code _id}: an agency
     * has a handful of surveys, so even the embedded store's full scan of them once a minute costs little.
     */
    private List<String> dueIds(Instant now) {
        Query due = Query.query(Criteria.where("status").is(SurveyStatus.OPEN.name()).and("closesAt").lte(now));
        due.fields().include("_id");
        return mongo.find(due, Document.class, mongo.getCollectionName(Survey.class)).stream()
                .map(doc -> doc.get("_id").toString()).toList();
    }
}

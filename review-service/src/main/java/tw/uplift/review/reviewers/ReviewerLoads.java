package tw.uplift.review.reviewers;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tw.uplift.platform.work.BackgroundWorker;

/**
 * 審查負荷: how many open tasks each reviewer holds, the "least loaded first" of the assignment rule. Kept as one
 * small document per reviewer in {@value #COLLECTION}, {@code {_id: reviewerId, open: [taskId, …]}}.
 *
 * <p><b>Why not count the tasks.</b> The assignment reads the loads for every task it opens. The embedded store of the
 * local run and the tests keeps no secondary index, so a count over {@code review_tasks} scanned every task ever
 * stored, each with its plan content: the PlanSubmitted → ReviewTaskAssigned hop grew with every stored task (1,000
 * submissions at 20/s on two cores piled up to tens of seconds, {@code ./uplift bench}). Reading a body's reviewers'
 * documents costs the same however many tasks exist.
 *
 * <p><b>Sets of task ids, not counters</b>: adding or removing the same task twice changes nothing, so a redelivered
 * event, a retried command or two instances cannot drift a load. The tasks stay the truth: a set is changed right
 * after the task's own write ({@link #moved}), and a crash between the two can leave one task in the wrong set — a load
 * off by one, which bends the next choice a little and never loses or doubles a task — until {@link #repair} compares
 * the sets with the stored tasks: once at start-up (which also fills the sets of a data folder from before them) and
 * every few hours, in the background, never on a request.
 */
@Component
public class ReviewerLoads extends BackgroundWorker {

    private static final Logger log = LoggerFactory.getLogger(ReviewerLoads.class);

    static final String COLLECTION = "reviewer_loads";
    /** The task collection and the fields read here, by name: the reviewer pool does not depend on the task class. */
    static final String TASKS = "review_tasks";
    static final String ASSIGNEE = "assigneeId";
    static final String STATUS = "status";
    static final List<String> OPEN = List.of("OPEN", "CLAIMED");
    private static final Duration REPAIR_INTERVAL = Duration.ofHours(6);
    /** Started after the Mongo client, like the outbox relay; the order against the web server does not matter. */
    private static final int PHASE = Integer.MAX_VALUE - 200;

    private final MongoTemplate mongo;

    public ReviewerLoads(MongoTemplate mongo) {
        super("reviewer-loads-repair", REPAIR_INTERVAL, PHASE);
        this.mongo = mongo;
    }

    /**
     * Open (assigned, undecided) tasks per reviewer id; every id asked for is in the answer. One query over the small
     * collection of loads (one document per reviewer, not per task).
     */
    public Map<String, Long> of(Collection<String> reviewerIds) {
        Map<String, Long> open = new LinkedHashMap<>();
        reviewerIds.forEach(id -> open.put(id, 0L));
        if (reviewerIds.isEmpty()) {
            return open;
        }
        for (Document load : mongo.find(Query.query(Criteria.where("_id").in(reviewerIds)), Document.class,
                COLLECTION)) {
            open.put(load.getString("_id"), (long) load.getList("open", String.class, List.of()).size());
        }
        return open;
    }

    /** Open assigned tasks over all reviewers. */
    public long totalOpen() {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .mapToLong(load -> load.getList("open", String.class, List.of()).size()).sum();
    }

    /**
     * Call after a task's write changed who holds it open: {@code from} held it open before (or null), {@code to}
     * holds it open now (or null: completed, cancelled, back in the candidate group).
     */
    public void moved(String taskId, String from, String to) {
        if (Objects.equals(from, to)) {
            return;
        }
        if (from != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(from)), new Update().pull("open", taskId),
                    COLLECTION);
        }
        if (to != null) {
            mongo.upsert(Query.query(Criteria.where("_id").is(to)), new Update().addToSet("open", taskId), COLLECTION);
        }
    }

    /** Who holds a stored task open: its assignee while it is open, else nobody. */
    private static String holder(Document task) {
        return task != null && OPEN.contains(task.getString(STATUS)) ? task.getString(ASSIGNEE) : null;
    }

    /** At start-up, then every {@link #REPAIR_INTERVAL}. */
    @Override
    protected void pass() {
        repair();
    }

    /**
     * Makes the sets agree with the stored tasks: adds every open task to its assignee's set, and removes from a set
     * what its stored task no longer says (checked again by {@code _id} just before, so a task opened while this ran
     * is never taken out). One scan of the tasks, which is why it runs only in the background.
     */
    public void repair() {
        Query open = Query.query(Criteria.where(STATUS).in(OPEN).and(ASSIGNEE).ne(null));
        open.fields().include(ASSIGNEE).include(STATUS);
        Map<String, Set<String>> truth = new HashMap<>();
        for (Document task : mongo.find(open, Document.class, TASKS)) {
            truth.computeIfAbsent(task.getString(ASSIGNEE), r -> new HashSet<>()).add(task.getString("_id"));
        }
        int fixed = 0;
        for (Map.Entry<String, Set<String>> held : truth.entrySet()) {
            for (String taskId : held.getValue()) {
                fixed += mongo.upsert(Query.query(Criteria.where("_id").is(held.getKey())),
                        new Update().addToSet("open", taskId), COLLECTION).getModifiedCount() > 0 ? 1 : 0;
            }
        }
        for (Document load : mongo.findAll(Document.class, COLLECTION)) {
            String reviewer = load.getString("_id");
            for (String taskId : load.getList("open", String.class, List.of())) {
                if (truth.getOrDefault(reviewer, Set.of()).contains(taskId)) {
                    continue;
                }
                if (!reviewer.equals(holder(mongo.findById(taskId, Document.class, TASKS)))) {
                    mongo.updateFirst(Query.query(Criteria.where("_id").is(reviewer)),
                            new Update().pull("open", taskId), COLLECTION);
                    fixed++;
                }
            }
        }
        if (fixed > 0) {
            log.info("reviewer loads repaired: {} task(s) put in or taken out of a reviewer's open set", fixed);
        }
    }
}

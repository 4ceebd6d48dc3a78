package tw.uplift.survey.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import tw.uplift.platform.work.GroupCommit;
import tw.uplift.survey.design.FinalCount;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.statistics.ReliabilitySums;

/**
 * The running aggregate of each survey, one document per survey keyed by its id:
 * <pre>{_id: surveyId, n, counts: {q1: {s4: 12, s5: 30}, q2: {c_counter: 7}},
 *  segments: {counter-1: {n, counts: {…}}}, groups: {age: {senior: {n, counts: {…}}}},
 *  scale: {n, t, tt, items: {q1: {x, xx, tx}, q4: {…}}}, applied: [receiptIds…], closed}</pre>
 * Results read it by {@code _id} (cost independent of the number of answers); a response adds to it with one
 * {@code $inc}.
 *
 * <p><b>The scale sums.</b> {@code scale} holds what Cronbach's α needs (see {@link ReliabilitySums}) over the
 * responses that scored every Likert question of the survey: their number {@code n}, Σ total {@code t}, Σ total²
 * {@code tt}, and per question Σx {@code x}, Σx² {@code xx} and Σ total·x {@code tx}, each added by the same
 * {@code $inc} as the counts. Only complete responses count there (a Likert question can be made optional): α
 * compares each respondent's items with their own total, so a respondent who skipped an item has no comparable
 * total, and filling the gap with a guess would make the reliability look better or worse than the answers are.
 * A survey with a single Likert question has no scale and keeps no such sums. The mean and standard deviation of
 * a question need no sums of their own: its per-score counts already are its Σx and Σx² (see
 * {@link LikertCounts#moments()}), and a second copy could only disagree.
 *
 * <p><b>Why a window of applied receipt ids.</b> The response document and this one are two documents, and the
 * store has no multi-document transactions. A retry must not count twice, and a crash between the two writes
 * must not lose the count for good. The guard lives in the same single-document write as the {@code $inc}: the
 * update only matches when the receipt id is not yet in {@code applied}, and pushes it there (keeping the last
 * {@code window} ids). So "counted" and "remembered as counted" can never disagree, with no sweeper that would
 * have to scan the growing response collection (which the embedded store does without indexes). The response's
 * own {@code counted} flag, set afterwards, covers retries that come after the window has moved on.
 */
@Component
public class TallyStore {

    static final String COLLECTION = "survey_tallies";

    /** A lost race to create the document is retried; more than a few in a row would be a bug. */
    private static final int ATTEMPTS = 3;

    /** What happened to one response's {@code $inc}. */
    public enum Outcome {
        /** Added now. */
        COUNTED,
        /** This receipt had already been added (a retry). */
        ALREADY_COUNTED,
        /** The survey was closed before it could be added. */
        CLOSED
    }

    /** The most responses one write carries; well inside the window, so a batch never pushes out its own ids. */
    private static final int MAX_BATCH = 64;

    private final MongoTemplate mongo;
    private final int window;
    private final int minimumSegmentSize;
    /** Per survey, its responses waiting for the next write (a few surveys are open at a time). */
    private final GroupCommit<String, Pending, Outcome> batches;

    public TallyStore(MongoTemplate mongo, ResultsProperties properties) {
        this.mongo = mongo;
        this.window = properties.appliedReceiptWindow();
        this.batches = new GroupCommit<>(Math.max(1, Math.min(MAX_BATCH, window / 2)), (surveyId, batch) -> write(batch));
        this.minimumSegmentSize = properties.minimumSegmentSize();
    }

    /**
     * Adds one response: {@code +1} on each of its buckets and on {@code n}, unless this receipt was already
     * added or the survey is closed. Returns once the response is in the stored aggregate (or refused).
     *
     * <p><b>Group commit.</b> Every response of a survey raises the same document, so concurrent answers would
     * queue for it one write each. Instead they queue in memory, and whichever of them holds the survey's writer
     * lock writes all those waiting as one {@code $inc} (their counts summed, their receipt ids pushed together),
     * and each returns with that write's outcome. Alone, a response is written by itself as before; under load a
     * write carries many. Nothing is acknowledged before it is stored, so a crash loses only answers whose senders
     * got no 202 and retry. If the batch's guard does not match (one of them was counted already, the survey was
     * closed, or another instance created the document first), each is written alone so each gets its own answer.
     *
     * @param survey    the survey answered (its Likert questions make up the scale, its respondent-group questions
     *                  the groups)
     * @param segmentId the segment (分眾) whose link it came through, or null
     * @param buckets   question id → buckets of its answer
     * @param counted   told the receipt ids of a written batch that are in the aggregate now (counted by it or
     *                  before), by the thread that wrote it, before any of them returns: so the caller marks the
     *                  stored responses counted with one write per batch, not one per response. One callback serves
     *                  the whole batch (its first caller's), so every caller must pass the same one
     */
    public Outcome add(Survey survey, String receiptId, String segmentId, Map<String, List<String>> buckets,
            Consumer<List<String>> counted) {
        return batches.write(survey.getId(), new Pending(survey, receiptId, segmentId, buckets, counted));
    }

    /**
     * Writes a batch of one survey's responses as one {@code $inc}, then tells the callers which receipts are in the
     * aggregate so they mark their responses counted in one write. A batch whose guard does not match (one of them
     * was counted before, the survey closed, or the document was just created) is written one by one.
     */
    private List<Outcome> write(List<Pending> batch) {
        Survey survey = batch.getFirst().survey();
        List<Outcome> outcomes = null;
        if (batch.size() > 1) {
            Increments increments = new Increments(survey);
            batch.forEach(p -> increments.add(p.segmentId(), p.buckets()));
            List<String> receipts = batch.stream().map(Pending::receiptId).toList();
            Query guard = Query.query(Criteria.where("_id").is(survey.getId()).and("closed").ne(true)
                    .and("applied").nin(receipts));
            Update update = increments.update();
            update.push("applied").slice(-window).each(receipts.toArray());
            try {
                mongo.upsert(guard, update, COLLECTION);
                outcomes = batch.stream().map(p -> Outcome.COUNTED).toList();
            } catch (DuplicateKeyException guardDidNotMatch) {
                // one of them was counted before, or the survey closed, or the document was just created
            }
        }
        if (outcomes == null) {
            outcomes = batch.stream().map(p -> addOne(survey, p)).toList();
        }
        List<String> inAggregate = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            if (outcomes.get(i) != Outcome.CLOSED) {
                inAggregate.add(batch.get(i).receiptId());
            }
        }
        if (!inAggregate.isEmpty()) {
            // A failure here fails the batch's callers: counted but not marked, and a retry finds them in the window.
            batch.getFirst().counted().accept(inAggregate);
        }
        return outcomes;
    }

    /** One response written by itself, the guard deciding whether it counts. */
    private Outcome addOne(Survey survey, Pending p) {
        String surveyId = survey.getId();
        Query guard = Query.query(Criteria.where("_id").is(surveyId).and("closed").ne(true).and("applied").ne(p.receiptId()));
        Increments increments = new Increments(survey);
        increments.add(p.segmentId(), p.buckets());
        Update update = increments.update();
        update.push("applied").slice(-window).each(p.receiptId());
        for (int attempt = 1; ; attempt++) {
            try {
                // Upsert: the first answer creates the document. If it exists but the guard does not match, the
                // upsert tries to insert a second document with the same _id, which the unique _id refuses.
                mongo.upsert(guard, update, COLLECTION); // matched and $inc'ed, or inserted: counted either way
                return Outcome.COUNTED;
            } catch (DuplicateKeyException guardDidNotMatch) {
                Document doc = mongo.findById(surveyId, Document.class, COLLECTION);
                List<?> applied = doc == null ? List.of() : doc.getList("applied", Object.class, List.of());
                if (applied.contains(p.receiptId())) {
                    return Outcome.ALREADY_COUNTED;
                }
                if (doc != null && Boolean.TRUE.equals(doc.getBoolean("closed"))) {
                    return Outcome.CLOSED;
                }
                // Neither: another first answer created the document between our match and our insert. Now that
                // it exists, the guard matches it.
                if (attempt >= ATTEMPTS) {
                    throw guardDidNotMatch;
                }
            }
        }
    }

    /** A response on its way into the aggregate. */
    private record Pending(Survey survey, String receiptId, String segmentId, Map<String, List<String>> buckets,
            Consumer<List<String>> counted) {
    }

    /** The survey's Likert questions, in order: its scale, when there are at least two. */
    static List<String> scaleOf(Survey survey) {
        return survey.questions().stream().filter(q -> q.kind() == QuestionKind.LIKERT_5).map(Question::id).toList();
    }

    /** Stops counting (later answers get {@link Outcome#CLOSED}) and returns the final tally. */
    public Tally close(String surveyId) {
        Document doc = mongo.findAndModify(Query.query(Criteria.where("_id").is(surveyId)),
                new Update().set("closed", true), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        return toTally(surveyId, doc);
    }

    /**
     * Stops counting and reads the survey's final numbers, for its close (by hand or at its closing time). Stopping
     * an already stopped aggregate only reads it again, so a retried or raced close gets the same numbers.
     */
    public FinalCount finalCount(Survey survey) {
        SurveyResults last = SurveyResults.of(survey, close(survey.getId()), minimumSegmentSize);
        return new FinalCount(last.n(), last.csat());
    }

    /** The survey's live results (the staff's view, every segment shown). */
    public SurveyResults results(Survey survey) {
        return SurveyResults.of(survey, find(survey.getId()), minimumSegmentSize);
    }

    public Tally find(String surveyId) {
        Query byId = Query.query(Criteria.where("_id").is(surveyId));
        byId.fields().exclude("applied");
        return toTally(surveyId, mongo.findOne(byId, Document.class, COLLECTION));
    }

    private static Tally toTally(String surveyId, Document doc) {
        if (doc == null) {
            return Tally.empty(surveyId);
        }
        Map<String, Tally.Part> segments = new HashMap<>();
        Document rawSegments = doc.get("segments", Document.class);
        if (rawSegments != null) {
            rawSegments.forEach((segment, part) -> segments.put(segment, part((Document) part)));
        }
        Map<String, Map<String, Tally.Part>> groups = new HashMap<>();
        Document rawGroups = doc.get("groups", Document.class);
        if (rawGroups != null) {
            rawGroups.forEach((question, options) -> {
                Map<String, Tally.Part> perOption = new HashMap<>();
                ((Document) options).forEach((option, part) -> perOption.put(option, part((Document) part)));
                groups.put(question, perOption);
            });
        }
        return new Tally(surveyId, whole(doc, "n"), counts(doc), scaleSums(doc.get("scale", Document.class)),
                Boolean.TRUE.equals(doc.getBoolean("closed")), segments, groups);
    }

    private static Tally.Part part(Document doc) {
        return new Tally.Part(whole(doc, "n"), counts(doc));
    }

    /** The {@code counts} of a tally, segment or group: question → bucket → count. */
    private static Map<String, Map<String, Long>> counts(Document doc) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Document raw = doc.get("counts", Document.class);
        if (raw != null) {
            raw.forEach((question, buckets) -> {
                Map<String, Long> perBucket = new HashMap<>();
                if (buckets instanceof Document b) {
                    b.forEach((bucket, count) -> perBucket.put(bucket, ((Number) count).longValue()));
                }
                counts.put(question, perBucket);
            });
        }
        return counts;
    }

    private static Tally.ScaleSums scaleSums(Document scale) {
        if (scale == null) {
            return Tally.ScaleSums.NONE;
        }
        Map<String, ReliabilitySums.ItemSums> items = new HashMap<>();
        Document raw = scale.get("items", Document.class);
        if (raw != null) {
            raw.forEach((question, sums) -> {
                if (sums instanceof Document d) {
                    items.put(question, new ReliabilitySums.ItemSums(whole(d, "x"), whole(d, "xx"), whole(d, "tx")));
                }
            });
        }
        return new Tally.ScaleSums(whole(scale, "n"), whole(scale, "t"), whole(scale, "tt"), items);
    }

    private static long whole(Document doc, String field) {
        Number value = doc.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }
}

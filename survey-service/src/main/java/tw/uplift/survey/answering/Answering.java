package tw.uplift.survey.answering;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;
import tw.uplift.survey.results.TallyStore;

/**
 * Takes a citizen's response: checks it against the survey, stores it under its receipt id, then adds it to the
 * running aggregate with a guarded {@code $inc} (see {@link TallyStore} for why the guard lives there), then marks
 * it counted. Every step is safe to repeat, so a client retrying with the same {@code Idempotency-Key} after any
 * failure gets the same receipt and the answers are counted exactly once.
 */
@Service
public class Answering {

    private static final int MAX_KEY = 128;

    private final AggregateStore surveys;
    private final MongoTemplate mongo;
    private final TallyStore tallies;
    private final Meter.MeterProvider<Counter> responsesCounted;
    private final RefusedAnswers refusals;
    private final Clock clock;
    /** Open surveys read in the last few seconds: an answer does not need its own read of the survey. */
    private final OpenSurveys openSurveys;
    /** Responses arriving together are stored in one insert. */
    private final ResponseInserts responses;

    public Answering(AggregateStore surveys, MongoTemplate mongo, TallyStore tallies, MeterRegistry meters,
            RefusedAnswers refusals, Clock clock) {
        this.refusals = refusals;
        this.surveys = surveys;
        this.mongo = mongo;
        this.tallies = tallies;
        this.responsesCounted = Counter.builder("uplift.survey.responses").description("survey responses counted")
                .withRegistry(meters);
        this.clock = clock;
        this.openSurveys = new OpenSurveys(Duration.ofSeconds(5), clock);
        this.responses = new ResponseInserts(mongo);
    }

    /** A survey's public form: only while it takes answers (a draft does not exist for the public, 404; after it, 409). */
    public Survey form(String surveyId) {
        Survey survey = publicSurvey(surveyId);
        if (!survey.acceptsAnswersAt(clock.instant())) {
            throw closed();
        }
        return survey;
    }

    /**
     * What the public page shows at a survey's address now. Unlike {@link #form}, a draft is not hidden here: a
     * citizen who got the link before the agency opened it is told so instead of "not found" (the draft's content
     * stays hidden, and ids are random, so nothing can be probed).
     */
    public Availability availability(String surveyId) {
        Survey survey = surveys.findById(surveyId, Survey.class)
                .orElseThrow(() -> new NotFoundException("survey", surveyId));
        return Availability.of(survey, clock.instant());
    }

    /**
     * Counts one response, exactly once however often it is sent with the same key.
     *
     * @param segmentId the segment (分眾) whose link the citizen came by, or null for the survey's own link
     */
    public Receipt answer(String surveyId, String segmentId, String idempotencyKey, List<Answer> answers) {
        Survey survey = surveyToAnswer(surveyId);
        Instant now = clock.instant();
        if (!survey.acceptsAnswersAt(now)) {
            refusals.count(RefusedAnswers.Reason.CLOSED);
            throw closed();
        }
        List<Answer> checked;
        String receiptId;
        try {
            if (segmentId != null && survey.segment(segmentId).isEmpty()) {
                throw InvalidInput.of("segment", "this survey has no segment '" + segmentId + "'");
            }
            checked = AnswerRules.check(survey, answers);
            receiptId = receiptId(surveyId, idempotencyKey);
        } catch (InvalidInput refused) {
            refusals.count(RefusedAnswers.Reason.INVALID);
            throw refused;
        }

        SurveyResponse response = new SurveyResponse(receiptId, surveyId, segmentId, checked,
                now.truncatedTo(ChronoUnit.MINUTES), false);
        if (!responses.insert(response)) {
            SurveyResponse earlier = mongo.findById(receiptId, SurveyResponse.class);
            if (earlier == null || !earlier.surveyId().equals(surveyId) || !earlier.answers().equals(checked)
                    || !java.util.Objects.equals(earlier.segment(), segmentId)) {
                throw new RuleViolationException("idempotency-key-reused", "Idempotency-Key",
                        "this Idempotency-Key was already used for different answers");
            }
            if (earlier.counted()) {
                return new Receipt(receiptId, true);
            }
            // stored by an attempt that failed before it was counted: count it now (the guard makes this safe)
        }
        return switch (tallies.add(survey, receiptId, segmentId, AnswerRules.buckets(checked), this::markCounted)) {
            case COUNTED -> {
                responsesCounted.withTags("agency", survey.agencyId()).increment();
                yield new Receipt(receiptId, false);
            }
            case ALREADY_COUNTED -> new Receipt(receiptId, true);
            case CLOSED -> {
                // closed between our check and the $inc: the answers are not part of the results, so keep nothing
                mongo.remove(Query.query(Criteria.where("_id").is(receiptId).and("counted").is(false)), SurveyResponse.class);
                refusals.count(RefusedAnswers.Reason.CLOSED);
                throw closed();
            }
        };
    }

    /** An OPEN (or CLOSED) survey as the public sees it now; a draft does not exist for the public. */
    private Survey publicSurvey(String surveyId) {
        return publicOf(surveyId, surveys.findById(surveyId, Survey.class));
    }

    /**
     * The same for counting an answer, from a copy up to a few seconds old ({@link OpenSurveys}): what the page shows
     * is read fresh, but an answer to a survey closed since is refused by the running aggregate itself.
     */
    private Survey surveyToAnswer(String surveyId) {
        return publicOf(surveyId, openSurveys.find(surveyId, id -> surveys.findById(id, Survey.class)));
    }

    private static Survey publicOf(String surveyId, java.util.Optional<Survey> found) {
        return found.filter(s -> s.status() != SurveyStatus.DRAFT)
                .orElseThrow(() -> new NotFoundException("survey", surveyId));
    }

    /** Marks stored responses counted: one write for a whole batch of the running aggregate (see TallyStore). */
    private void markCounted(List<String> receiptIds) {
        mongo.updateMulti(Query.query(Criteria.where("_id").in(receiptIds)), new Update().set("counted", true),
                SurveyResponse.class);
    }

    /**
     * The receipt id: from the client's key when it sent one (scoped to the survey, so two surveys never share a
     * receipt), else a fresh one (a response without a key cannot be recognised as a retry: two citizens may give
     * identical answers, so the body is no key). {@code DerivedId.of(survey, key)} derives from the same bytes as
     * before it existed, so a client retrying across an upgrade still meets its receipt.
     */
    static String receiptId(String surveyId, String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY
                || !idempotencyKey.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw InvalidInput.of("Idempotency-Key", "1 to " + MAX_KEY + " visible ASCII characters");
        }
        return DerivedId.of(surveyId, idempotencyKey);
    }

    private static RuleViolationException closed() {
        return new RuleViolationException("survey-closed", "surveyId", "this survey no longer takes answers");
    }
}

package tw.uplift.survey.answering.kiosk;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDesign;
import tw.uplift.survey.design.SurveyStatus;

/**
 * The agency's kiosk links (平板填答連結), and the one look-up the kiosk pages make.
 *
 * <p><b>Why a random key kept in the store</b>, not an HMAC of survey and segment with the shared secret
 * ({@link tw.uplift.survey.answering.GuardSecret}): an HMAC link needs no storage, but it can only be withdrawn by
 * changing the secret, which withdraws every kiosk of every agency at once (and the rate limit's keys with it). A
 * tablet gets lost or walks off a counter; its agency must be able to switch off that one link, now, and hand out a
 * new one. So each link is 128 random bits (not derived from anything, so not guessable from the survey's public id)
 * in a small document that can be revoked; the pages read it by id, one cheap read per step.
 *
 * <p>Creating twice (a double click) makes two links, each working and each revocable: no answer is counted
 * twice because of it, so no Idempotency-Key is asked for.
 */
@Service
public class Kiosks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SurveyDesign surveys;
    private final MongoTemplate mongo;
    private final Clock clock;

    public Kiosks(SurveyDesign surveys, MongoTemplate mongo, Clock clock) {
        this.surveys = surveys;
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * A new link to one of the agency's surveys, for its own answers or one segment's. A draft may have one (the
     * tablet can be set up before the survey opens; it says "not open yet" until then); a closed survey may not.
     *
     * @throws NotFoundException     no such survey in the caller's agency
     * @throws InvalidInput          {@code segment}: the survey has no such segment
     * @throws RuleViolationException {@code survey-closed}
     */
    public Kiosk create(CurrentUser user, String surveyId, String segment) {
        Survey survey = surveys.get(user, surveyId);
        String chosen = segment == null || segment.isBlank() ? null : segment.strip();
        if (chosen != null && survey.segment(chosen).isEmpty()) {
            throw InvalidInput.of("segment", "this survey has no segment '" + chosen + "'");
        }
        if (survey.status() == SurveyStatus.CLOSED) {
            throw new RuleViolationException("survey-closed", "surveyId", "this survey no longer takes answers");
        }
        Kiosk kiosk = new Kiosk(newKey(), surveyId, survey.agencyId(), chosen, user.username(), clock.instant(), null,
                null);
        return mongo.insert(kiosk);
    }

    /** The survey's links, newest first, revoked ones included (marked). Few per survey. */
    public List<Kiosk> list(CurrentUser user, String surveyId) {
        Survey survey = surveys.get(user, surveyId);
        return mongo.find(Query.query(Criteria.where("surveyId").is(survey.getId())
                        .and("agencyId").is(survey.agencyId())), Kiosk.class).stream()
                .sorted(Comparator.comparing(Kiosk::createdAt).reversed()).toList();
    }

    /**
     * Switches a link off for good. Revoking it again changes nothing (who revoked it first stays on record).
     *
     * @throws NotFoundException no such survey in the caller's agency, or no such link of that survey
     */
    public Kiosk revoke(CurrentUser user, String surveyId, String key) {
        Survey survey = surveys.get(user, surveyId);
        Criteria ofTheSurvey = Criteria.where("_id").is(key).and("surveyId").is(survey.getId())
                .and("agencyId").is(survey.agencyId());
        Kiosk revoked = mongo.findAndModify(Query.query(ofTheSurvey).addCriteria(Criteria.where("revokedAt").is(null)),
                new Update().set("revokedAt", clock.instant()).set("revokedBy", user.username()),
                FindAndModifyOptions.options().returnNew(true), Kiosk.class);
        if (revoked != null) {
            return revoked;
        }
        return Optional.ofNullable(mongo.findOne(Query.query(ofTheSurvey), Kiosk.class))
                .orElseThrow(() -> new NotFoundException("kiosk", key));
    }

    /** The link behind a key while it works; empty for a key never made, malformed or revoked. */
    public Optional<Kiosk> active(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty(); // not one of ours: no read
        }
        return Optional.ofNullable(mongo.findById(key, Kiosk.class)).filter(k -> !k.revoked());
    }

    private static String newKey() {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}

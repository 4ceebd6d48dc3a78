package tw.uplift.review.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.deadline.ItemOverdue;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanReturned;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * Keeps the facts the indicators are worked out from, one per event (under the event's id), and reads an agency's
 * indicators for a plan year.
 */
@Service
public class IndicatorProjection {

    private static final Logger log = LoggerFactory.getLogger(IndicatorProjection.class);

    private final MongoTemplate mongo;
    private final Clock clock;

    public IndicatorProjection(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The indicators of an agency's plan year as of today (Taipei). */
    public Indicators of(String agencyId, int rocYear) {
        List<IndicatorFact> facts = mongo.find(Query.query(Criteria.where("agencyId").is(agencyId)),
                IndicatorFact.class);
        return Indicators.of(agencyId, rocYear, facts, TaipeiTime.today(clock));
    }

    public void submitted(String eventId, Instant eventTime, PlanSubmitted e) {
        keep(new IndicatorFact(eventId, IndicatorFact.Kind.SUBMITTED, e.agencyId(), e.planId(), e.rocYear(),
                e.revision(), or(e.submittedAt(), eventTime), null, null, null, null, 0, null));
    }

    public void approved(String eventId, Instant eventTime, PlanApproved e) {
        List<IndicatorFact.DatedMeasure> dated = e.measures() == null ? List.of() : e.measures().stream()
                .filter(m -> m.dueDate() != null)
                .map(m -> new IndicatorFact.DatedMeasure(m.measureId(), m.dueDate())).toList();
        keep(new IndicatorFact(eventId, IndicatorFact.Kind.APPROVED, e.agencyId(), e.planId(), e.rocYear(),
                e.revision(), or(e.approvedAt(), eventTime), dated, null, null, null, 0, null));
    }

    public void returned(String eventId, Instant eventTime, PlanReturned e) {
        keep(new IndicatorFact(eventId, IndicatorFact.Kind.RETURNED, e.agencyId(), e.planId(), null, e.revision(),
                or(e.returnedAt(), eventTime), null, null, null, null, 0, null));
    }

    /** Our own decision: a RETURNED one is the same return plan-service then announces (they count once). */
    public void decided(String eventId, Instant eventTime, PlanReviewDecided e) {
        if (e.decision() != ReviewDecision.RETURNED) {
            return;
        }
        keep(new IndicatorFact(eventId, IndicatorFact.Kind.RETURNED, e.agencyId(), e.planId(), null, e.revision(),
                or(e.decidedAt(), eventTime), null, null, null, null, 0, null));
    }

    public void completed(String eventId, Instant eventTime, MeasureCompleted e) {
        keep(new IndicatorFact(eventId, IndicatorFact.Kind.COMPLETED, e.agencyId(), e.planId(), null, 0,
                or(e.completedAt(), eventTime), null, e.measureId(), null, null, 0, null));
    }

    public void overdue(String eventId, Instant eventTime, ItemOverdue e) {
        keep(new IndicatorFact(eventId, IndicatorFact.Kind.OVERDUE, e.agencyId(), e.planId(), null, 0,
                or(e.detectedAt(), eventTime), null, e.itemId(), e.itemKind() == null ? null : e.itemKind().name(),
                e.dueDate(), 0, null));
    }

    public void surveyResults(String eventId, Instant eventTime, SurveyResultsPublished e) {
        keep(new IndicatorFact(eventId, IndicatorFact.Kind.SURVEY, e.agencyId(), e.planId(), null, 0,
                or(e.publishedAt(), eventTime), null, e.surveyId(), null, null, e.responses(), e.satisfactionRate()));
    }

    private void keep(IndicatorFact fact) {
        if (fact.agencyId() == null) {
            log.warn("{} event {} names no agency; no indicator can use it", fact.kind(), fact.id());
            return;
        }
        try {
            mongo.insert(fact);
        } catch (DuplicateKeyException redelivered) {
            log.debug("indicator fact {} kept before; redelivery ignored", fact.id());
        }
    }

    private Instant or(Instant given, Instant eventTime) {
        return given != null ? given : eventTime != null ? eventTime : clock.instant();
    }
}

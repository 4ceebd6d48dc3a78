package tw.uplift.survey.design;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.web.NotFoundException;

/** Staff use cases on surveys, always within the caller's own agency (another agency's survey does not exist). */
@Service
public class SurveyDesign {

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final Clock clock;

    public SurveyDesign(AggregateStore store, MongoTemplate mongo, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** What staff give to create a survey. */
    public record Draft(LocalizedText title, String planId, String measureId, List<Question> questions,
            Double satisfactionThreshold, Instant closesAt) {
    }

    public Survey create(CurrentUser user, Draft draft) {
        String agency = user.requireAgency();
        Survey survey = Survey.draft(UUID.randomUUID().toString(), agency, user.username(), draft.title(),
                draft.planId(), draft.measureId(), draft.questions(), draft.satisfactionThreshold(), draft.closesAt(),
                clock);
        return store.save(survey);
    }

    /** The agency's surveys, newest first. Few per agency, so a query on agencyId is fine even on the embedded store. */
    public List<Survey> list(CurrentUser user) {
        String agency = user.requireAgency();
        return mongo.find(Query.query(Criteria.where("agencyId").is(agency)), Survey.class).stream()
                .sorted(Comparator.comparing(Survey::createdAt).reversed()).toList();
    }

    public Survey get(CurrentUser user, String id) {
        String agency = user.requireAgency();
        return store.findById(id, Survey.class).filter(s -> s.agencyId().equals(agency))
                .orElseThrow(() -> new NotFoundException("survey", id));
    }

    public Survey open(CurrentUser user, String id) {
        get(user, id);
        return store.update(id, Survey.class, s -> s.open(clock)).orElseThrow(() -> new NotFoundException("survey", id));
    }
}

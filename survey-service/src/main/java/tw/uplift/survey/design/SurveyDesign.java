package tw.uplift.survey.design;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;

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

    public Survey create(CurrentUser user, SurveyDraft draft) {
        Author author = new Author(user.requireAgency(), user.username());
        return store.save(Survey.draft(UUID.randomUUID().toString(), author, draft, clock));
    }

    /** The agency's surveys, newest first. Few per agency, so a query on agencyId is fine even on the embedded store. */
    public List<Survey> list(CurrentUser user) {
        String agency = user.requireAgency();
        return mongo.find(Query.query(Criteria.where("agencyId").is(agency)), Survey.class).stream()
                .sorted(Comparator.comparing(Survey::createdAt).reversed()).toList();
    }

    public Survey get(CurrentUser user, String id) {
        String agency = user.requireAgency();
        return store.findById(id, Survey.class).orElseThrow(() -> new NotFoundException("survey", id))
                .requireOwnedBy(agency);
    }

    /** Opens a DRAFT survey; opening it again changes nothing and writes nothing. */
    public Survey open(CurrentUser user, String id) {
        return change(user, id, survey -> {
            survey.open(clock);
            return survey;
        });
    }

    /**
     * Applies a command to one of the caller's agency's surveys and hands back its result, in one load and (only
     * if the command changed the survey) one save. The agency is checked inside the command, so there is no
     * separate read to check first.
     */
    public <R> R change(CurrentUser user, String id, Function<Survey, R> command) {
        String agency = user.requireAgency();
        return store.update(id, Survey.class, survey -> command.apply(survey.requireOwnedBy(agency)))
                .orElseThrow(() -> new NotFoundException("survey", id));
    }
}

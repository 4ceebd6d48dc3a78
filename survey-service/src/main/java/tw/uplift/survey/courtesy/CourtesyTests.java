package tw.uplift.survey.courtesy;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.design.Author;

/** Staff use cases on courtesy tests, always within the caller's own agency (another agency's test does not exist). */
@Service
public class CourtesyTests {

    private static final Logger log = LoggerFactory.getLogger(CourtesyTests.class);

    private final AggregateStore store;
    private final MongoTemplate mongo;
    private final CourtesyProperties properties;
    private final Clock clock;

    public CourtesyTests(AggregateStore store, MongoTemplate mongo, CourtesyProperties properties, Clock clock) {
        this.store = store;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    public Rubric rubric(CourtesyTestKind kind) {
        return properties.rubricOf(kind);
    }

    /**
     * Scores a test for the caller's agency. With a key (the API's Idempotency-Key, the form's hidden one), sending
     * the same sheet again — a retry, a double click, the back button — gives the test already scored and records
     * nothing more: the id is derived from the agency and the key, so the second save meets the first.
     *
     * @throws InvalidInput naming each field that breaks a rule, {@code kind} when there is none
     */
    public CourtesyTest score(CurrentUser user, CourtesyTestDraft draft, String key) {
        Author author = new Author(user.requireAgency(), user.username());
        if (draft.kind() == null) {
            throw InvalidInput.of("kind", "PHONE or VISIT");
        }
        String id = key == null || key.isBlank() ? UUID.randomUUID().toString()
                : DerivedId.of(author.agencyId() + ":" + key.strip(), "courtesy-test");
        CourtesyTest test = CourtesyTest.score(id, author, draft, rubric(draft.kind()), clock);
        try {
            return store.save(test);
        } catch (DuplicateKeyException sentAgain) {
            log.debug("courtesy test {} sent again with its key; the one scored first stands", id);
            return get(user, id);
        }
    }

    /**
     * Checks a sheet against the rules without scoring it: for a form that has parts it could not read, so the
     * tester sees every problem at once.
     *
     * @throws InvalidInput naming each field that breaks a rule
     */
    public void check(CourtesyTestDraft draft) {
        if (draft.kind() == null) {
            throw InvalidInput.of("kind", "PHONE or VISIT");
        }
        List<InvalidInput.Problem> problems = draft.problemsAt(rubric(draft.kind()), clock.instant());
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** The agency's tests done in an ROC year, the latest first. Few per agency and year: one query on the agency. */
    public List<CourtesyTest> list(CurrentUser user, RocYear year) {
        String agency = user.requireAgency();
        return mongo.find(Query.query(Criteria.where("agencyId").is(agency).and("rocYear").is(year.value())),
                CourtesyTest.class).stream().sorted(Comparator.comparing(CourtesyTest::testedAt).reversed()).toList();
    }

    public CourtesyTest get(CurrentUser user, String id) {
        String agency = user.requireAgency();
        return store.findById(id, CourtesyTest.class).orElseThrow(() -> new NotFoundException("courtesy test", id))
                .requireOwnedBy(agency);
    }
}

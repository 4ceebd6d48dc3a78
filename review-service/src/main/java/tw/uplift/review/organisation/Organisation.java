package tw.uplift.review.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The organisation tree as review-service knows it (組織): agencies, their parent chain and their supervising body.
 * A city has some hundred agencies, so questions over all of them (a body's agencies) read them all.
 */
@Component
public class Organisation {

    private static final Logger log = LoggerFactory.getLogger(Organisation.class);
    /** Concurrent writers of one entry are rare (one consumer thread per partition); a few retries settle them. */
    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;

    public Organisation(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    // ---- what the rest of the service asks ----

    public Optional<Agency> agency(String agencyId) {
        return agencyId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(agencyId, AgencyEntry.class)).map(AgencyEntry::current);
    }

    /**
     * The agency's parent, its parent's parent, and so on, nearest first, as far as they are known. A cycle (a
     * mistake in the registry, or two changes seen half-way) ends the chain at the first agency met twice instead of
     * looping.
     */
    public List<Agency> ancestors(String agencyId) {
        List<Agency> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        seen.add(agencyId);
        String next = agency(agencyId).map(Agency::parentId).orElse(null);
        while (next != null && seen.add(next)) {
            Optional<Agency> parent = agency(next);
            if (parent.isEmpty()) {
                // Known only by the child's word: still an ancestor for conflicts of interest.
                chain.add(new Agency(next, null, null, null, true));
                break;
            }
            chain.add(parent.get());
            next = parent.get().parentId();
        }
        return chain;
    }

    /** The ids of {@link #ancestors(String)}. */
    public List<String> ancestorIds(String agencyId) {
        return ancestors(agencyId).stream().map(Agency::id).toList();
    }

    /** The supervising body that reviews this agency, when known. */
    public Optional<String> bodyOf(String agencyId) {
        return agency(agencyId).map(Agency::supervisingBodyId);
    }

    public Optional<SupervisingBody> body(String bodyId) {
        return bodyId == null ? Optional.empty()
                : Optional.ofNullable(mongo.findById(bodyId, BodyEntry.class)).map(BodyEntry::body);
    }

    /** The agencies this body reviews, by id. */
    public List<Agency> agenciesOf(String bodyId) {
        return mongo.findAll(AgencyEntry.class).stream().map(AgencyEntry::current)
                .filter(a -> Objects.equals(a.supervisingBodyId(), bodyId))
                .sorted(java.util.Comparator.comparing(Agency::id)).toList();
    }

    // ---- what the events say ----

    /** plan-service announced an agency's whole state. Older than what is kept (or the same again): nothing changes. */
    public void agencyChanged(Agency agency, AsOf asOf) {
        write(AgencyEntry.class, agency.id(), AgencyEntry.none(agency.id()), e -> e.registered(agency, asOf),
                AgencyEntry::revision);
    }

    /** A plan submission named its agency, parent and body as they stood then. */
    public void agencySubmitted(Agency agency, AsOf asOf) {
        write(AgencyEntry.class, agency.id(), AgencyEntry.none(agency.id()), e -> e.submitted(agency, asOf),
                AgencyEntry::revision);
    }

    /** plan-service announced a supervising body's whole state. */
    public void bodyChanged(SupervisingBody body, AsOf asOf) {
        write(BodyEntry.class, body.id(), new BodyEntry(body.id(), null, null, 0), e -> e.changed(body, asOf),
                BodyEntry::revision);
    }

    /**
     * Read, change, write back only if nobody wrote in between (the revision is the guard); an entry the change
     * leaves as it was is not written at all, which is how redelivered and overtaken events end.
     */
    private <T> void write(Class<T> type, String id, T empty, UnaryOperator<T> change, ToLongFunction<T> revision) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            T stored = mongo.findById(id, type);
            T current = stored == null ? empty : stored;
            T changed = change.apply(current);
            if (changed == current) {
                log.debug("{} {}: the event is not newer than what is kept; nothing changes", type.getSimpleName(), id);
                return;
            }
            if (stored == null) {
                try {
                    mongo.insert(changed);
                    return;
                } catch (DuplicateKeyException raced) {
                    continue;
                }
            }
            Query unchanged = Query.query(Criteria.where("_id").is(id).and("revision").is(revision.applyAsLong(stored)));
            if (mongo.replace(unchanged, changed).getMatchedCount() == 1) {
                return;
            }
        }
        throw new IllegalStateException(type.getSimpleName() + " " + id + " kept changing under " + ATTEMPTS
                + " attempts; the event is retried");
    }
}

package tw.uplift.review.agencies;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The agency → supervising body projection. Only moves forward: an older submission changes nothing. */
@Component
public class KnownAgencies {

    private final MongoTemplate mongo;

    public KnownAgencies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void seen(KnownAgency agency) {
        KnownAgency current = mongo.findById(agency.agencyId(), KnownAgency.class);
        if (current != null && current.asOf() != null && agency.asOf() != null
                && !agency.asOf().isAfter(current.asOf())) {
            return;
        }
        mongo.save(agency);
    }

    public Optional<KnownAgency> find(String agencyId) {
        return agencyId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(agencyId, KnownAgency.class));
    }
}

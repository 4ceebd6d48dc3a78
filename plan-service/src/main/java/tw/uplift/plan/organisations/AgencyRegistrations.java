package tw.uplift.plan.organisations;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads agencies; writes go through {@code AggregateStore}, so their events are stored with them. */
interface AgencyRegistrations extends MongoRepository<AgencyRegistration, String> {
}

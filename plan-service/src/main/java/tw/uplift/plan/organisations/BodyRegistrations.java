package tw.uplift.plan.organisations;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads supervising bodies; writes go through {@code AggregateStore}, so their events are stored with them. */
interface BodyRegistrations extends MongoRepository<BodyRegistration, String> {
}

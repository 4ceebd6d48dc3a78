package tw.uplift.notification.delivery.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tw.uplift.notification.delivery.DirectoryRole;
import tw.uplift.notification.delivery.Person;

/** The directory's people and the organisation they belong to (agencies and their supervising bodies). */
public class DirectoryStore {

    /**
     * An agency as the organisation events last said it was.
     *
     * @param agencyId its id
     * @param name     its name
     * @param bodyId   its supervising body, or null
     * @param active   false once retired
     * @param changedAt the time of the event this copy is from (older events are ignored)
     */
    @Document("directory_agencies")
    public record KnownAgency(@Id String agencyId, String name, String bodyId, boolean active, long changedAt) {
    }

    /** A supervising body as the organisation events last said it was. */
    @Document("directory_bodies")
    public record KnownBody(@Id String bodyId, String name, boolean active, long changedAt) {
    }

    private final MongoTemplate mongo;

    public DirectoryStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void save(Person person) {
        mongo.save(person);
    }

    public Optional<Person> person(String username) {
        return Optional.ofNullable(mongo.findById(username, Person.class));
    }

    /** The active people of an agency or body holding a role. */
    public List<Person> withRole(String field, String id, DirectoryRole role) {
        return mongo.find(Query.query(Criteria.where(field).is(id).and("roles").is(role.name()).and("active").is(true)),
                Person.class);
    }

    public List<Person> peopleOf(String field, String id) {
        return mongo.find(Query.query(Criteria.where(field).is(id)), Person.class);
    }

    public List<Person> everyone() {
        return mongo.findAll(Person.class);
    }

    /** Keeps {@code agency} unless a newer copy is already kept. */
    public void keep(KnownAgency agency) {
        KnownAgency kept = mongo.findById(agency.agencyId(), KnownAgency.class);
        if (kept == null || kept.changedAt() <= agency.changedAt()) {
            mongo.save(agency);
        }
    }

    public void keep(KnownBody body) {
        KnownBody kept = mongo.findById(body.bodyId(), KnownBody.class);
        if (kept == null || kept.changedAt() <= body.changedAt()) {
            mongo.save(body);
        }
    }

    public Optional<KnownAgency> agency(String agencyId) {
        return agencyId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(agencyId, KnownAgency.class));
    }

    public Optional<KnownBody> body(String bodyId) {
        return bodyId == null ? Optional.empty() : Optional.ofNullable(mongo.findById(bodyId, KnownBody.class));
    }
}

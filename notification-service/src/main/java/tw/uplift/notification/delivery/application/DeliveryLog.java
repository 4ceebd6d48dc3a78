package tw.uplift.notification.delivery.application;

import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.AccessDeniedException;
import tw.uplift.notification.Recipients;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.persistence.PendingDeliveries;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * The evidence (通知紀錄): deliveries with their status and history, per item and per agency and ROC year, each
 * reader seeing only what is theirs — an agency its own, a supervising body its agencies', a person what was sent
 * to them, ADMIN and OPS everything. Also the operator's re-send.
 */
public class DeliveryLog {

    private static final int MAX = 5_000;

    private final MongoTemplate mongo;
    private final AggregateStore store;
    private final PendingDeliveries queue;
    private final Clock clock;
    private final Runnable wakeSender;

    public DeliveryLog(MongoTemplate mongo, AggregateStore store, PendingDeliveries queue, Clock clock,
            Runnable wakeSender) {
        this.mongo = mongo;
        this.store = store;
        this.queue = queue;
        this.clock = clock;
        this.wakeSender = wakeSender;
    }

    /** The notices of one item (a deadline, or the item itself), oldest first, as far as the reader may see. */
    public List<Delivery> ofItem(String deadlineId, String itemId, CurrentUser reader) {
        Criteria by = deadlineId != null ? Criteria.where("item.deadlineId").is(deadlineId)
                : Criteria.where("item.itemId").is(itemId);
        return find(by).stream().filter(d -> visible(d, reader)).toList();
    }

    /** An agency's notices of one ROC year: its own agency for agency users, its body's agencies for reviewers. */
    public List<Delivery> ofAgency(String agencyId, int rocYear, CurrentUser reader) {
        Criteria by = Criteria.where("item.agencyId").is(agencyId).and("item.rocYear").is(rocYear);
        if (reader.has(Role.ADMIN) || reader.has(Role.OPS)) {
            return find(by);
        }
        if (reader.isAgencyUser() && agencyId.equals(reader.agencyId())) {
            return find(by);
        }
        if (reader.has(Role.REVIEWER) && reader.bodyId() != null) {
            return find(by.and("item.bodyId").is(reader.bodyId()));
        }
        throw new AccessDeniedException("an agency's notices are for that agency, its supervising body and ADMIN");
    }

    /** A body's notices of one ROC year (all its agencies'): for its reviewers and ADMIN. */
    public List<Delivery> ofBody(String bodyId, int rocYear, CurrentUser reader) {
        boolean own = reader.has(Role.REVIEWER) && bodyId.equals(reader.bodyId());
        if (!own && !reader.has(Role.ADMIN) && !reader.has(Role.OPS)) {
            throw new AccessDeniedException("a body's notices are for that body and ADMIN");
        }
        return find(Criteria.where("item.bodyId").is(bodyId).and("item.rocYear").is(rocYear));
    }

    public Delivery one(String id, CurrentUser reader) {
        return store.findById(id, Delivery.class).filter(d -> visible(d, reader))
                .orElseThrow(() -> new NotFoundException("delivery", id));
    }

    /**
     * An operator sends a failed delivery again (after an unknown outcome or a permanent failure once the address
     * is put right), under the same id and so the same {@code Message-ID}.
     */
    public Delivery resend(String id, CurrentUser operator) {
        operator.requireAny(Role.ADMIN, Role.OPS);
        Delivery d = store.update(id, Delivery.class, x -> x.resend(operator.username(), clock.instant()))
                .orElseThrow(() -> new NotFoundException("delivery", id));
        if (!d.status().isFinal()) {
            queue.ensure(id, clock.instant());
            wakeSender.run();
        }
        return d;
    }

    private List<Delivery> find(Criteria by) {
        return mongo.find(Query.query(by).with(Sort.by("createdAt")).limit(MAX), Delivery.class);
    }

    static boolean visible(Delivery d, CurrentUser reader) {
        if (reader.has(Role.ADMIN) || reader.has(Role.OPS)) {
            return true;
        }
        if (d.recipient().equals(Recipients.user(reader.username()))) {
            return true;
        }
        var item = d.item();
        if (item == null) {
            return false;
        }
        if (reader.isAgencyUser() && item.agencyId() != null && item.agencyId().equals(reader.agencyId())) {
            return true;
        }
        return reader.has(Role.REVIEWER) && item.bodyId() != null && item.bodyId().equals(reader.bodyId());
    }
}

package tw.uplift.notification.inbox.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How many notices each inbox address has not read, kept so that counting costs one {@code _id} read per
 * address (the embedded store scans a collection for any other query). One document per recipient address:
 * {@code {_id: "agency:kcg-civil-affairs", items: [id, …]}} holds the ids of its unread items, and the count is
 * their number.
 *
 * <p><b>Why a set of ids and not an {@code $inc}'d number.</b> The item and its counter are two documents and
 * the embedded store has no transactions, so each change is two writes, and a delivery or a read may run twice
 * (a redelivered event; a second click on "mark as read"; a retry after a crash between the two writes). A
 * number cannot tell whether this item was already counted; a set can: adding an id that is there and removing
 * one that is not change nothing, so every step may simply be repeated. The document stays small: it holds only
 * what is unread (about 40 bytes an item; an agency with a thousand unread notices has a 40 KB counter).
 *
 * <p>The writes' order, and what a crash between them leaves (see {@code Inbox}): a delivery adds the id
 * <i>before</i> it inserts the item, so a crash leaves at most an id without an item, counted once too many until
 * the event comes again — and it does, as it was not acknowledged — and inserts the item. A read marks the item
 * <i>before</i> it removes the id, so a crash leaves a read item still counted, until a second read (which
 * always removes the id, even of an item already read) or the inbox page (which removes the ids of the read
 * items it shows) repairs it. Neither can count an item twice, and both repairs are always right, because a read
 * item never becomes unread again.
 */
public class UnreadCounters {

    static final String COLLECTION = "inbox_unread";
    private static final String ITEMS = "items";

    private final MongoTemplate mongo;

    public UnreadCounters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Counts an item as unread for its recipient; a second time changes nothing. */
    public void add(String recipient, String itemId) {
        mongo.upsert(byRecipient(recipient), new Update().addToSet(ITEMS, itemId), COLLECTION);
    }

    /** Counts an item no longer; an item not counted changes nothing. */
    public void remove(String recipient, String itemId) {
        mongo.updateFirst(byRecipient(recipient), new Update().pull(ITEMS, itemId), COLLECTION);
    }

    /** The unread items of one address. */
    public Set<String> unread(String recipient) {
        Document counter = mongo.findById(recipient, Document.class, COLLECTION);
        List<?> items = counter == null ? null : counter.get(ITEMS, List.class);
        return items == null ? Set.of() : items.stream().map(String::valueOf).collect(Collectors.toSet());
    }

    /** How many items addressed to any of the addresses are unread: one {@code _id} read per address. */
    public int count(Collection<String> recipients) {
        return recipients.stream().distinct().mapToInt(r -> unread(r).size()).sum();
    }

    private static Query byRecipient(String recipient) {
        return Query.query(Criteria.where("_id").is(recipient));
    }
}

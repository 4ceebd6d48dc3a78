package tw.uplift.platform.outbox;

/**
 * The relay's cheap index of aggregates with pending events: a tiny document {@code {_id:
 * "<collection>/<aggregateId>", n}} written before the aggregate is saved. The embedded store scans
 * whole collections for anything but {@code _id}, so the relay's steady state reads only markers and
 * loads aggregates by {@code _id}. {@code n} counts writes: the relay deletes a marker only if nobody
 * wrote since it looked (see {@link OutboxRelay}).
 */
record OutboxMarker(String collection, String aggregateId) {

    static final String COLLECTION = "outbox_markers";

    String key() {
        return collection + "/" + aggregateId;
    }

    static OutboxMarker parse(String key) {
        int slash = key.indexOf('/');
        return new OutboxMarker(key.substring(0, slash), key.substring(slash + 1));
    }
}

package tw.uplift.notification.audit.web;

import java.time.Instant;
import java.util.List;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.notification.audit.AuditEntry;

/**
 * One entry as the exports and the page give it: every field the hash covers (so an inspector can recompute it,
 * see {@link tw.uplift.notification.audit.ChainHash}), and the time in Taipei beside the UTC instant.
 */
record AuditEntryView(long position, String eventId, String service, String type, String item, String actor,
        Instant time, String timeTaipei, String request, String payloadDigest, String prevHash, String hash) {

    static final List<String> COLUMNS = List.of("position", "eventId", "service", "type", "item", "actor", "time",
            "timeTaipei", "request", "payloadDigest", "prevHash", "hash");

    static AuditEntryView of(AuditEntry e) {
        var ev = e.event();
        return new AuditEntryView(e.position(), ev.eventId(), ev.service(), ev.type(), ev.item(), ev.actor(),
                ev.time(), TaipeiTime.at(ev.time()).toOffsetDateTime().toString(), ev.request(), ev.payloadDigest(),
                e.prevHash(), e.hash());
    }

    /** The CSV row, in {@link #COLUMNS}' order. */
    List<String> row() {
        return List.of(Long.toString(position), eventId, service, type, item, actor, time.toString(), timeTaipei,
                request, payloadDigest, prevHash, hash);
    }
}

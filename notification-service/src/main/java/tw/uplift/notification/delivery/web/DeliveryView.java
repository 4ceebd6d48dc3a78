package tw.uplift.notification.delivery.web;

import java.time.Instant;
import java.util.List;
import tw.uplift.notification.delivery.Delivery;
import tw.uplift.notification.delivery.DeliveryStep;

/**
 * One delivery as the evidence API and its CSV show it.
 *
 * @param id         the delivery (also the e-mail's Message-ID local part)
 * @param rocYear    the plan year it is kept with
 * @param agencyId   the agency it concerns
 * @param bodyId     its supervising body
 * @param deadlineId the deadline, or null
 * @param itemId     the item, or null
 * @param planId     the plan, or null
 * @param kind       the notice's kind ({@code DIGEST} for a digest)
 * @param channel    EMAIL, WEBHOOK
 * @param recipient  {@code user:<name>}, {@code webhook:<endpoint>}
 * @param address    the e-mail address or URL
 * @param language   zh-TW or en
 * @param subject    the subject line
 * @param status     where it stands
 * @param attempts   attempts so far
 * @param heldUntil  when a held delivery goes, or null
 * @param createdAt  when it was decided
 * @param updatedAt  when it entered its status
 * @param history    every status it entered, with time, reason and attempt
 */
public record DeliveryView(String id, Integer rocYear, String agencyId, String bodyId, String deadlineId,
        String itemId, String planId, String kind, String channel, String recipient, String address, String language,
        String subject, String status, int attempts, Instant heldUntil, Instant createdAt, Instant updatedAt,
        List<DeliveryStep> history) {

    /** The CSV's columns, in order. */
    static final List<String> COLUMNS = List.of("id", "rocYear", "agencyId", "bodyId", "deadlineId", "itemId",
            "planId", "kind", "channel", "recipient", "address", "language", "subject", "status", "attempts",
            "heldUntil", "createdAt", "updatedAt", "lastReason", "history");

    public static DeliveryView of(Delivery d) {
        var item = d.item();
        return new DeliveryView(d.getId(), item == null ? null : item.rocYear(), item == null ? null : item.agencyId(),
                item == null ? null : item.bodyId(), item == null ? null : item.deadlineId(),
                item == null ? null : item.itemId(), item == null ? null : item.planId(),
                d.isDigest() ? "DIGEST" : d.kind().name(), d.channel().name(), d.recipient(), d.address(),
                d.language().tag(), d.subject(), d.status().name(), d.attempts(), d.heldUntil(), d.createdAt(),
                d.updatedAt(), d.history());
    }

    /** A CSV row: the history as one cell, {@code STATUS@time(attempt): reason} joined by " | ". */
    List<String> row() {
        String last = history.isEmpty() ? "" : history.getLast().reason();
        String steps = String.join(" | ", history.stream().map(s -> s.status() + "@" + s.at() + "(" + s.attempt()
                + ")" + (s.reason().isEmpty() ? "" : ": " + s.reason())).toList());
        return java.util.Arrays.asList(id, str(rocYear), agencyId, bodyId, deadlineId, itemId, planId, kind, channel,
                recipient, address, language, subject, status, String.valueOf(attempts), str(heldUntil),
                str(createdAt), str(updatedAt), last, steps);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}

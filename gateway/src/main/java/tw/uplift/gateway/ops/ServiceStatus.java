package tw.uplift.gateway.ops;

import java.util.List;
import java.util.Map;

/**
 * One service on the status page. Every part may be missing (null or a problem text) without the others failing: a
 * service that is down shows as down, never as an error page.
 *
 * @param name           process name, e.g. {@code plan-service}
 * @param url            where the gateway reaches it
 * @param readiness      {@code UP}, {@code OUT_OF_SERVICE}, {@code DOWN}, or what went wrong reaching it
 * @param reachable      false when it did not answer at all (then nothing else was asked)
 * @param outboxPending  {@code uplift_outbox_pending}: aggregates with events not yet relayed; null when not exposed
 * @param consumerLag    {@code spring_cloud_stream_binder_kafka_offset} per topic (records its groups have not committed; largest group)
 * @param deadLetters    {@code GET /admin/dead-letters}, newest first; null when they could not be read
 * @param problem        why dead letters or metrics could not be read, or null
 * @param clock          the service's movable clock, or null where {@code uplift.clock.movable} is off
 */
public record ServiceStatus(String name, String url, String readiness, boolean reachable, Double outboxPending,
        Map<String, Double> consumerLag, List<DeadLetterRow> deadLetters, String problem, ClockReading clock) {

    public boolean ready() {
        return "UP".equals(readiness);
    }

    static ServiceStatus unreachable(String name, String url, String why) {
        return new ServiceStatus(name, url, why, false, null, Map.of(), null, null, null);
    }

    /** A dead letter as the list shows it; replayed with its id. */
    public record DeadLetterRow(String id, String originalTopic, String eventType, String reason, String receivedAt,
            String replayedAt) {
    }

    /** The service's clock: now in Asia/Taipei and how far it has been moved from real time. */
    public record ClockReading(String taipei, String offset) {

        /** For people: 「2026-12-01 14:27」 and, when moved, by how much ({@code +P8D}); the raw reading if unreadable. */
        public String shown() {
            try {
                java.time.OffsetDateTime at = java.time.OffsetDateTime.parse(taipei);
                String moved = offset == null || offset.isBlank() || offset.matches("PT0S|0(\\.0+)?") ? "" : " (+" + offset + ")";
                return at.toLocalDate() + " " + at.toLocalTime().withSecond(0).withNano(0) + moved;
            } catch (RuntimeException unreadable) {
                return taipei;
            }
        }
    }
}

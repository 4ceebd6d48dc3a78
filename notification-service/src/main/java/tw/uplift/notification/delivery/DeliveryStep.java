package tw.uplift.notification.delivery;

import java.time.Instant;

/**
 * One entry of a delivery's history (歷程): the status it entered, when, why, and on which attempt.
 *
 * @param status  the status entered
 * @param at      when (business time)
 * @param reason  why, or empty
 * @param attempt the attempt it belongs to (0 before the first)
 */
public record DeliveryStep(DeliveryStatus status, Instant at, String reason, int attempt) {
}

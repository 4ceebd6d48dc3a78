package tw.uplift.notification.delivery;

/**
 * What a delivery is about, kept with it so that it can be listed and exported as evidence per item, per agency
 * and per ROC year without reading anything else.
 *
 * @param deadlineId the tracked obligation (列管事項), or null
 * @param itemId     the item itself (a measure, a review task, a corrective action), or null
 * @param planId     the plan, or null
 * @param agencyId   the agency it concerns (whose evidence it is), or null
 * @param bodyId     that agency's supervising body, or null
 * @param rocYear    the plan year (民國年) it is kept with, or null when unknown
 */
public record DeliveryItem(String deadlineId, String itemId, String planId, String agencyId, String bodyId,
        Integer rocYear) {
}

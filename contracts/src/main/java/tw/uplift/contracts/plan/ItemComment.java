package tw.uplift.contracts.plan;

/**
 * A reviewer's comment on one item of a plan (審查意見).
 *
 * @param itemRef the item: a measure id, or {@code plan} for the whole plan
 * @param comment the comment
 */
public record ItemComment(String itemRef, String comment) {
}

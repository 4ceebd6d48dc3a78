package tw.uplift.notification.deadlines;

/**
 * The bounds of extensions (展期) on one item.
 *
 * @param maxRequests how many requests an item may have, whatever became of them
 * @param maxDays     calendar days beyond the original due date that the item may be extended to, all together
 */
public record ExtensionRules(int maxRequests, int maxDays) {

    public ExtensionRules {
        if (maxRequests < 0 || maxDays < 0) {
            throw new IllegalArgumentException("extension bounds are not negative");
        }
    }
}

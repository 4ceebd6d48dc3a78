package tw.uplift.platform.pages;

/**
 * One entry of the header's navigation.
 *
 * @param labelKey message key of its label
 * @param href     where it goes
 */
public record NavLink(String labelKey, String href) {

    /** Whether the page at {@code path} belongs to this entry (for {@code aria-current}). */
    public boolean covers(String path) {
        return path != null && (path.equals(href) || path.startsWith(href + "/"));
    }
}

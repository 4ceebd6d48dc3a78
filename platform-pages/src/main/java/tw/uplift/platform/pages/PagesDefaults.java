package tw.uplift.platform.pages;

/**
 * {@code uplift-pages-defaults.properties}: the message bundles (the base's and the application's own,
 * {@code <spring.application.name>-messages}), no fallback to the machine's language, UTF-8 templates.
 */
public class PagesDefaults extends DefaultProperties {

    public PagesDefaults() {
        super("uplift-pages-defaults");
    }
}

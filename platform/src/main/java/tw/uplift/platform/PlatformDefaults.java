package tw.uplift.platform;

import tw.uplift.platform.pages.DefaultProperties;

/**
 * {@code uplift-platform-defaults.properties}: the settings every service shares (virtual threads, probes, metrics
 * exposure, Kafka producer guarantees), which any service file or environment variable can still override.
 */
public class PlatformDefaults extends DefaultProperties {

    public PlatformDefaults() {
        super("uplift-platform-defaults");
    }
}

package tw.uplift.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tw.uplift.launcher.DemoData;
import tw.uplift.launcher.DemoDirectory;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.PortPlan;

/**
 * One local system for all e2e classes of this JVM: starting it costs about a minute on two cores, and the classes
 * keep to their own plans. Stopped (services, identity, Kafka, then MongoDB) when the test JVM exits.
 */
final class RunningSystem {

    /** The kiosk's timers in this run (uplift.survey.kiosk.*). */
    static final int KIOSK_IDLE_SECONDS = 10;
    static final int KIOSK_WARNING_SECONDS = 5;
    /** The thank-you page's return to the first question (next-seconds), a bit later than 10 s for its checks. */
    static final int KIOSK_NEXT_SECONDS = 15;

    private static LocalSystem system;

    private RunningSystem() {
    }

    static synchronized LocalSystem get() {
        if (system == null) {
            try {
                Path data = Files.createTempDirectory("uplift-e2e-");
                system = LocalSystem.builder().dataDir(data).ports(PortPlan.random()).stopOnJvmExit()
                        // The kiosk's idle warning after 10 s instead of a minute, so a test can watch it reset;
                        // long enough for a page's checks (axe at two sizes) to finish before it shows.
                        .serviceSetting("UPLIFT_SURVEY_KIOSK_IDLE_SECONDS", String.valueOf(KIOSK_IDLE_SECONDS))
                        .serviceSetting("UPLIFT_SURVEY_KIOSK_WARNING_SECONDS", String.valueOf(KIOSK_WARNING_SECONDS))
                        .serviceSetting("UPLIFT_SURVEY_KIOSK_NEXT_SECONDS", String.valueOf(KIOSK_NEXT_SECONDS))
                        .progress(line -> System.out.println("[e2e] " + line)).start();
                System.out.println("[e2e] system ready in " + system.startupTime().toMillis() + " ms, data in " + data);
                // The recipient directory as the local run fills it: the demo users with their e-mail addresses.
                if (new DemoDirectory(line -> System.out.println("[e2e] " + line)).load(system) != DemoData.Outcome.LOADED) {
                    throw new IllegalStateException("the demo directory could not be loaded");
                }
            } catch (IOException e) {
                throw new IllegalStateException("no temporary folder for the e2e system", e);
            }
        }
        return system;
    }

    /**
     * The running system for a browser test class: first a browser is opened and closed, which skips the class with
     * its reason before the system is started when this machine has no browser.
     */
    static LocalSystem forBrowserTests() {
        try (Browser probe = Browser.open("probe", 1280, 800)) {
            // nothing to do: opening it is the check
        }
        return get();
    }
}

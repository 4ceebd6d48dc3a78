package tw.uplift.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.PortPlan;

/**
 * One local system for all e2e classes of this JVM: starting it costs about a minute on two cores, and the classes
 * keep to their own plans. Stopped (services, identity, Kafka, then MongoDB) when the test JVM exits.
 */
final class RunningSystem {

    private static LocalSystem system;

    private RunningSystem() {
    }

    static synchronized LocalSystem get() {
        if (system == null) {
            try {
                Path data = Files.createTempDirectory("uplift-e2e-");
                system = LocalSystem.builder().dataDir(data).ports(PortPlan.random()).stopOnJvmExit()
                        .progress(line -> System.out.println("[e2e] " + line)).start();
                System.out.println("[e2e] system ready in " + system.startupTime().toMillis() + " ms, data in " + data);
            } catch (IOException e) {
                throw new IllegalStateException("no temporary folder for the e2e system", e);
            }
        }
        return system;
    }
}

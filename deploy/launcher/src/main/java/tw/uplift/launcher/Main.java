package tw.uplift.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code ./uplift run}: the whole system locally, no Docker, with demo data, until Ctrl-C; also
 * {@code ./uplift backup} and {@code ./uplift restore} of its data folder ({@link DataBackup}).
 *
 * <pre>
 * java -jar deploy/launcher/target/uplift-launcher.jar [--data DIR] [--root DIR] [--seeds DIR]
 *                                                       [--services plan,review] [--no-demo]
 * </pre>
 */
public final class Main {

    private static final String USAGE = """
            Usage: uplift run [--data DIR] [--root DIR] [--seeds DIR] [--services NAME,...] [--no-demo]
              --data DIR        data and logs (default: <root>/.uplift); reused on the next start
              --root DIR        the Uplift repository with the built jars (default: found from the working directory)
              --seeds DIR       import the *.txt plan documents of DIR instead of the example plans
                                shipped with plan-import (either way once per data folder, all or none)
              --services LIST   only these services, e.g. plan,review (default: all four)
              --no-demo         do not load demo data
            Usage: uplift backup DIR [--data DIR]    copy the stopped local run's data into DIR (new or empty)
                   uplift restore DIR [--data DIR]   put a backup into a new or empty data folder, checked first
            """;

    /** Progress lines, indented under the launcher's own. */
    private static final Consumer<String> CONSOLE = line -> System.out.println("  " + line);

    private Main() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals("backup") || args[0].equals("restore"))) {
            System.exit(backupOrRestore(args));
            return;
        }
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.out.print(USAGE);
            return;
        }
        Path root = options.root != null ? options.root.toAbsolutePath().normalize() : RepoRoot.locate();
        Path data = options.data != null ? options.data : root.resolve(".uplift");
        // Read by log4j2.xml: the embedded MongoDB logs into the data folder, not onto the console.
        System.setProperty("uplift.logs", data.resolve("logs").toAbsolutePath().toString());
        System.out.println("Starting Uplift locally from " + root + " (no Docker needed)...");
        LocalSystem system;
        try {
            system = LocalSystem.builder()
                    .repoRoot(root)
                    .dataDir(data)
                    .ports(PortPlan.defaults())
                    .services(options.services)
                    .skipServicesNotBuilt()
                    .stopOnJvmExit()
                    .trainStartupCaches()
                    .progress(CONSOLE)
                    .start();
        } catch (LauncherException e) {
            System.err.println();
            System.err.println("Uplift could not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (!options.noDemo) {
            LocalSystem running = system;
            demo(() -> DemoDataOnce.run(running, demoPlans(options.seeds), CONSOLE));
            demo(() -> DemoDataOnce.run(running, new DemoDirectory(CONSOLE), running.dataDir().demoDirectoryMarker(),
                    CONSOLE));
            // The sink keeps mail in memory: the demo people's mailboxes are opened again at every start.
            demo(() -> DemoDirectory.PEOPLE.forEach(p -> running.mailSink().openMailbox(p.email())));
        }
        Banner.print(system, root, System.out);
        watch(system);
    }

    /** {@code backup DIR [--data DIR]} or {@code restore DIR [--data DIR]}: the exit status. */
    private static int backupOrRestore(String[] args) {
        Path data = null;
        Path folder = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]);
            } else if (folder == null && !args[i].startsWith("-")) {
                folder = Path.of(args[i]);
            } else {
                System.err.print(USAGE);
                return 2;
            }
        }
        if (folder == null) {
            System.err.println(args[0] + " needs a folder");
            System.err.print(USAGE);
            return 2;
        }
        Path dataFolder = data != null ? data : RepoRoot.locate().resolve(".uplift");
        try {
            if (args[0].equals("backup")) {
                List<Path> files = DataBackup.backUp(dataFolder, folder);
                System.out.println("Backed up " + files.size() + " files of " + dataFolder.toAbsolutePath().normalize()
                        + " into " + folder.toAbsolutePath().normalize() + " (checksums in " + DataBackup.MANIFEST + ")");
            } else {
                List<Path> files = DataBackup.restore(folder, dataFolder);
                System.out.println("Restored " + files.size() + " files into " + dataFolder.toAbsolutePath().normalize()
                        + "; start it with ./uplift run" + (data != null ? " --data " + data : ""));
            }
            return 0;
        } catch (LauncherException | java.io.UncheckedIOException e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** The example plans from the classpath, or the documents of {@code --seeds DIR}, imported as {@code clerk}. */
    private static DemoPlanImport demoPlans(Path seeds) {
        if (seeds == null) {
            return new DemoPlanImport(PlanDocument.examples(), "the example plans of plan-import", "clerk", CONSOLE);
        }
        return new DemoPlanImport(PlanDocument.inFolder(seeds), seeds.toAbsolutePath().normalize().toString(), "clerk", CONSOLE);
    }

    /** One step of demo data; the system is up, and a step that fails should take neither it nor the next step down. */
    private static void demo(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            System.err.println("  Demo data could not be loaded: " + e.getMessage());
        }
    }

    /** Keeps the launcher alive (it hosts MongoDB) and reports a child that dies on its own. */
    private static void watch(LocalSystem system) {
        List<ChildProcess> children = new ArrayList<>();
        system.gateway().ifPresent(gateway -> children.add(gateway.process()));
        system.services().forEach(s -> children.add(s.process()));
        children.add(system.identity().process());
        children.add(system.mailSink().process());
        children.add(system.kafka().process());
        system.traceCollector().ifPresent(traces -> children.add(traces.process()));
        CountDownLatch never = new CountDownLatch(1);
        Thread.ofPlatform().daemon().name("uplift-watch").start(() -> {
            List<ChildProcess> alive = new ArrayList<>(children);
            while (!alive.isEmpty() && !system.isClosing()) {
                for (ChildProcess child : List.copyOf(alive)) {
                    if (!child.isAlive() && !system.isClosing()) {
                        alive.remove(child);
                        System.err.printf("%n  %s %s. Its log: %s%n", child.name(), child.exitDescription(), child.log());
                    }
                }
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            never.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Options(Path data, Path root, Path seeds, List<ServiceSpec> services, boolean noDemo, boolean help) {

        static Options parse(String[] args) {
            Path data = null;
            Path root = null;
            Path seeds = null;
            List<ServiceSpec> services = ServiceSpec.ALL;
            boolean noDemo = false;
            boolean help = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> data = Path.of(value(args, ++i, "--data"));
                    case "--root" -> root = Path.of(value(args, ++i, "--root"));
                    case "--seeds" -> seeds = Path.of(value(args, ++i, "--seeds"));
                    case "--services" -> services = Arrays.stream(value(args, ++i, "--services").split(","))
                            .map(String::trim).filter(s -> !s.isEmpty()).map(ServiceSpec::named).toList();
                    case "--no-demo" -> noDemo = true;
                    case "-h", "--help", "help" -> help = true;
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            return new Options(data, root, seeds, services, noDemo, help);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }
}

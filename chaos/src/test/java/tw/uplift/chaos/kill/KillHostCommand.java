package tw.uplift.chaos.kill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the test starts a {@link KillHost}: this JVM's java and class path (the chaos module's test class path: the real
 * platform classes and their dependencies; as jars, see {@link KillHostClassPath}), a small heap, C1 only, and a class-data archive written by the first life
 * that ends normally and mapped by every later one (a life is killed long before C2 would pay off, and the archive
 * roughly halves the start-up).
 */
record KillHostCommand(String brokers, String mongoUri, String topicPrefix, String group, Path log, String classPath) {

    KillHostCommand(String brokers, String mongoUri, String topicPrefix, String group, Path log) {
        this(brokers, mongoUri, topicPrefix, group, log, KillHostClassPath.of(log.resolveSibling("kill-host-classpath")));
    }

    /**
     * The next life, in standby: loaded and wired, waiting for {@link KillHostProcess#go()}; its consumer takes at most
     * {@code pollRecords} records a poll.
     */
    KillHostProcess standby(KillPhase target, int nth, int pollRecords) {
        List<String> command = command("run", target, nth);
        command.add(1, "-Dchaos.standby=true");
        command.add(1, "-Dchaos.max-poll-records=" + pollRecords);
        return KillHostProcess.start(command, log, target);
    }

    /** A life without a writer that ends by itself once nothing is pending and the consumer read everything. */
    KillHostProcess drain() {
        return KillHostProcess.start(command("drain", KillPhase.ANYWHERE, 0), log, KillPhase.ANYWHERE);
    }

    private List<String> command(String mode, KillPhase target, int nth) {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx192m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=" + log.resolveSibling("kill-host.jsa").toAbsolutePath(), "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-Dlogback.configurationFile=chaos-kill-host-logback.xml",
                "-Dchaos.mode=" + mode, "-Dchaos.target=" + target.name(), "-Dchaos.nth=" + nth,
                "-Dchaos.mongo=" + mongoUri, "-Dchaos.brokers=" + brokers, "-Dchaos.topic-prefix=" + topicPrefix,
                "-Dchaos.group=" + group));
        command.addAll(List.of("-cp", classPath, KillHost.class.getName()));
        return command;
    }
}

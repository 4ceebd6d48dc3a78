package tw.uplift.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository the jars are built in, from wherever the launcher or a test runs (root, or a module folder). */
public final class RepoRoot {

    private RepoRoot() {
    }

    /** The nearest folder, from the working directory upwards, that holds {@code deploy/identity}. */
    public static Path locate() {
        return locateFrom(Path.of("").toAbsolutePath());
    }

    static Path locateFrom(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("deploy/identity")) && Files.exists(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new LauncherException("Cannot find the Uplift repository (a folder with deploy/identity) above " + start
                + "; run from inside it or pass --root DIR");
    }
}

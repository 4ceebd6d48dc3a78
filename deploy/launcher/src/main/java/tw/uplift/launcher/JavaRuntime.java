package tw.uplift.launcher;

import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code java} executable of the JDK running the launcher: children run on the same JDK, whatever PATH says. */
final class JavaRuntime {

    private JavaRuntime() {
    }

    static String executable() {
        Path home = Path.of(System.getProperty("java.home"));
        Path java = home.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        if (!Files.isExecutable(java)) {
            throw new LauncherException("No java executable at " + java + " (java.home=" + home + ")");
        }
        return java.toString();
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").toLowerCase().startsWith("windows");
    }
}

package tw.uplift.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A copy of a stopped local run's data folder ({@code ./uplift backup DIR}) and its way back into a new one
 * ({@code ./uplift restore DIR}). What is copied is what a start needs to find again (MongoDB's H2 file
 * {@code mongo.mv}, Kafka's storage {@code kafka/} with its topics and the consumer groups' offsets, the identity
 * provider's signing key, the demo markers); logs and class-data archives are left out. Each file goes into
 * {@value #MANIFEST} with its SHA-256 ({@code sha256sum -c} reads it too), and a restore checks every one before it
 * writes anything.
 *
 * <p>Only a stopped folder: MongoDB's file and Kafka's segments are written while the system runs, and a copy taken
 * then could hold half a write. The file locks H2 and Kafka hold while they run tell a running folder apart.
 */
public final class DataBackup {

    public static final String MANIFEST = "uplift-backup.sha256";
    /** Rebuilt by the next start (or only written by it), so not part of a backup. */
    private static final List<String> LEFT_OUT = List.of("logs", "cds");

    private DataBackup() {
    }

    /**
     * Copies the data folder {@code data} into {@code target} (which must not exist or be empty).
     *
     * @return the files copied, relative to the folder
     */
    public static List<Path> backUp(Path data, Path target) {
        Path from = data.toAbsolutePath().normalize();
        if (!Files.isRegularFile(from.resolve("mongo.mv"))) {
            throw new LauncherException(from + " is not a data folder of the local run (no mongo.mv in it)");
        }
        refuseWhileRunning(from);
        prepareEmpty(target);
        List<Path> files = filesOf(from);
        List<String> manifest = new ArrayList<>();
        try {
            for (Path file : files) {
                Path copy = target.resolve(file.toString());
                Files.createDirectories(copy.getParent());
                Files.copy(from.resolve(file), copy, StandardCopyOption.COPY_ATTRIBUTES);
                manifest.add(sha256(copy) + "  " + slashes(file));
            }
            Files.write(target.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the backup into " + target, e);
        }
        return files;
    }

    /**
     * Checks every file of the backup {@code backup} against its manifest, then copies it into the data folder
     * {@code data} (which must not exist or be empty: a restore never mixes two states).
     *
     * @return the files restored, relative to the folder
     */
    public static List<Path> restore(Path backup, Path data) {
        Path manifestFile = backup.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new LauncherException(backup + " is not a backup of the local run (no " + MANIFEST + " in it)");
        }
        List<Path> files = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(manifestFile, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                String expected = line.substring(0, line.indexOf(' '));
                Path file = Path.of(line.substring(line.indexOf(' ') + 2));
                Path stored = backup.resolve(file.toString());
                if (!Files.isRegularFile(stored) || !sha256(stored).equals(expected)) {
                    throw new LauncherException("The backup is damaged: " + stored + " is missing or differs from "
                            + MANIFEST + "; nothing was restored");
                }
                files.add(file);
            }
            prepareEmpty(data);
            for (Path file : files) {
                Path copy = data.resolve(file.toString());
                Files.createDirectories(copy.getParent());
                Files.copy(backup.resolve(file.toString()), copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restore " + backup + " into " + data, e);
        }
        return files;
    }

    /** H2 locks {@code mongo.mv} and Kafka its {@code .lock} for as long as they run. */
    private static void refuseWhileRunning(Path data) {
        for (Path locked : List.of(data.resolve("mongo.mv"), data.resolve("kafka/data/.lock"))) {
            if (Files.isRegularFile(locked) && !canLock(locked)) {
                throw new LauncherException("The local run is using " + data + " (" + data.relativize(locked)
                        + " is locked). Stop it (Ctrl-C) first: a copy taken while it writes could hold half a write.");
            }
        }
    }

    private static boolean canLock(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot check whether " + file + " is in use", e);
        }
    }

    private static void prepareEmpty(Path folder) {
        try {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new LauncherException(folder + " is not empty: choose a new folder (nothing is overwritten)");
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    private static List<Path> filesOf(Path data) {
        try (Stream<Path> paths = Files.walk(data)) {
            return paths.filter(Files::isRegularFile).map(data::relativize)
                    .filter(file -> !LEFT_OUT.contains(file.getName(0).toString()))
                    // Kafka's lock file holds nothing; the broker makes it again.
                    .filter(file -> !file.getFileName().toString().equals(".lock"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + data, e);
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}

package tw.uplift.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A short key for what a jar holds: a digest of every entry's name, CRC-32 and size, read from the central directory
 * only (milliseconds for a 100 MB Boot jar, where hashing the bytes takes most of a second). Unlike size and mtime it
 * survives {@code ./uplift run}'s rebuild of unchanged code, which rewrites the file with the same bytes (the build is
 * reproducible: {@code project.build.outputTimestamp}); any changed class or library changes a CRC and so the key.
 */
final class JarFingerprint {

    private static final int LENGTH = 16;

    private JarFingerprint() {
    }

    static String of(Path jar) {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            zip.stream().forEach(entry -> digest.update(describe(entry)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] describe(ZipEntry entry) {
        return (entry.getName() + '\0' + entry.getCrc() + '\0' + entry.getSize() + '\n').getBytes(StandardCharsets.UTF_8);
    }
}

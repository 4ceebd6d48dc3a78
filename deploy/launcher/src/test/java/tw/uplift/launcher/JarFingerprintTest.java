package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void staysTheSameWhenTheSameContentIsWrittenAgainLater() throws IOException {
        Path first = jar("first.jar", "class bytes", 1_000);
        Path rebuilt = jar("rebuilt.jar", "class bytes", 2_000_000);

        assertThat(JarFingerprint.of(rebuilt)).isEqualTo(JarFingerprint.of(first));
    }

    @Test
    void changesWithAnyEntrysContent() throws IOException {
        Path first = jar("first.jar", "class bytes", 1_000);
        Path changed = jar("changed.jar", "class bytez", 1_000);

        assertThat(JarFingerprint.of(changed)).isNotEqualTo(JarFingerprint.of(first));
    }

    private Path jar(String name, String content, long entryTimeMillis) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            ZipEntry entry = new ZipEntry("tw/uplift/App.class");
            entry.setLastModifiedTime(FileTime.fromMillis(entryTimeMillis));
            zip.putNextEntry(entry);
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }
}

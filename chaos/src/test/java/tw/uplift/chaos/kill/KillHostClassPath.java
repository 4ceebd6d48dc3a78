package tw.uplift.chaos.kill;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * The kill host's class path: this JVM's, as jars only. The class-data archive that makes a life start fast cannot be
 * written with a class folder on the path ("Cannot have non-empty directory in paths"), so each folder (this module's
 * test classes, the reactor modules' classes) is packed into a jar once per run. Failsafe's single manifest-only jar
 * is opened into the entries its {@code Class-Path} names.
 */
final class KillHostClassPath {

    private KillHostClassPath() {
    }

    static String of(Path folder) {
        try {
            Files.createDirectories(folder);
            List<String> jars = new ArrayList<>();
            int n = 0;
            for (Path entry : entries()) {
                if (Files.isDirectory(entry)) {
                    Path jar = folder.resolve((n++) + "-" + entry.getParent().getParent().getFileName() + "-"
                            + entry.getFileName() + ".jar");
                    pack(entry, jar);
                    jars.add(jar.toAbsolutePath().toString());
                } else if (Files.isRegularFile(entry)) {
                    jars.add(entry.toAbsolutePath().toString());
                }
            }
            return String.join(File.pathSeparator, jars);
        } catch (IOException e) {
            throw new UncheckedIOException("could not make the kill host's class path", e);
        }
    }

    private static List<Path> entries() throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String item : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(item);
            String manifestPath = manifestClassPath(path);
            if (manifestPath == null) {
                entries.add(path);
                continue;
            }
            for (String url : manifestPath.trim().split("\\s+")) {
                URI uri = path.toUri().resolve(url);
                entries.add(Path.of(uri));
            }
        }
        return entries;
    }

    /** The {@code Class-Path} of a jar that is nothing but a manifest (Failsafe's booter), else null. */
    private static String manifestClassPath(Path path) throws IOException {
        if (!path.toString().endsWith(".jar") || !Files.isRegularFile(path)) {
            return null;
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            if (jar.getManifest() == null || jar.stream().anyMatch(e -> e.getName().endsWith(".class"))) {
                return null;
            }
            return jar.getManifest().getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
        }
    }

    private static void pack(Path folder, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
                Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(folder.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, (OutputStream) out);
                out.closeEntry();
            }
        }
    }
}

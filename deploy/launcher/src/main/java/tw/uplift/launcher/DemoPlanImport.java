package tw.uplift.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Imports the example plan documents ({@code seeds/*.txt}) through plan-service's import endpoint, as an agency
 * clerk would upload them, so the demo starts with real plans to review.
 */
public final class SeedPlanImport implements DemoData {

    static final String IMPORT_PATH = "/api/plans/import?confirm=true";

    private final Path seedsDir;
    private final String username;
    private final Consumer<String> log;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** @param username the demo user who uploads (an AGENCY_STAFF user: importing is staff work) */
    public SeedPlanImport(Path seedsDir, String username, Consumer<String> log) {
        this.seedsDir = seedsDir;
        this.username = username;
        this.log = log;
    }

    @Override
    public String description() {
        return "example plans from " + seedsDir + " imported as " + username;
    }

    @Override
    public Outcome load(LocalSystem system) {
        if (system.service(ServiceSpec.PLAN).isEmpty()) {
            log.accept("Demo plans not imported: plan-service is not running.");
            return Outcome.NOT_AVAILABLE;
        }
        List<Path> seeds = seedFiles();
        if (seeds.isEmpty()) {
            log.accept("Demo plans not imported: no seeds/*.txt in " + seedsDir + ".");
            return Outcome.NOT_AVAILABLE;
        }
        String token = system.tokenFor(username);
        URI endpoint = URI.create(system.serviceUrl(ServiceSpec.PLAN) + IMPORT_PATH);
        for (Path seed : seeds) {
            HttpResponse<String> response = upload(endpoint, token, seed);
            if (response.statusCode() == 404 || response.statusCode() == 405) {
                log.accept("Demo plans not imported: plan-service has no " + IMPORT_PATH + " yet (HTTP "
                        + response.statusCode() + "). They will be imported on a later start.");
                return Outcome.NOT_AVAILABLE;
            }
            if (response.statusCode() / 100 != 2) {
                throw new LauncherException("Importing " + seed.getFileName() + " failed: HTTP " + response.statusCode()
                        + " " + response.body());
            }
            log.accept("Imported " + seed.getFileName());
        }
        return Outcome.LOADED;
    }

    private List<Path> seedFiles() {
        if (!Files.isDirectory(seedsDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(seedsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> upload(URI endpoint, String token, Path seed) {
        String boundary = "uplift-" + UUID.randomUUID();
        try {
            HttpRequest request = HttpRequest.newBuilder(endpoint)
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, seed)))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LauncherException("Cannot upload " + seed + " to " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while importing demo plans", e);
        }
    }

    /** One part named {@code file}, as a browser's file input sends it (RFC 7578). */
    static byte[] multipart(String boundary, Path file) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName() + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}

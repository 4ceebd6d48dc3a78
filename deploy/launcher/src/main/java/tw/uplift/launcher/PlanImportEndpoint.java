package tw.uplift.launcher;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * plan-service's {@code POST /api/plans/import}, called as an agency clerk's browser would: without
 * {@code confirm} it only parses the document (a preview saves nothing), with {@code confirm=true} it saves a draft.
 */
final class PlanImportEndpoint {

    static final String PATH = "/api/plans/import";

    private final URI preview;
    private final URI confirm;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /**
     * @param planServiceUrl base URL of plan-service
     * @param token an AGENCY_STAFF user's access token: importing is staff work, and the draft is of their agency
     */
    PlanImportEndpoint(String planServiceUrl, String token) {
        this.preview = URI.create(planServiceUrl + PATH);
        this.confirm = URI.create(planServiceUrl + PATH + "?confirm=true");
        this.token = token;
    }

    /** What plan-service answered: 200 for a readable plan, 201 with {@code Location} once saved, 4xx problem otherwise. */
    record Reply(int status, String body, String location) {

        boolean ok() {
            return status / 100 == 2;
        }

        /** Status and the start of the body (a problem document names the reason and the line). */
        String describe() {
            String text = body.strip();
            return "HTTP " + status + (text.isEmpty() ? "" : " " + (text.length() > 400 ? text.substring(0, 400) + "…" : text));
        }
    }

    Reply preview(PlanDocument document) {
        return upload(preview, document, Map.of());
    }

    /**
     * Saves the document as a draft, once: the {@code Idempotency-Key} (its name and content) makes a repeat after a
     * crash find the draft the first upload made instead of saving a second one.
     */
    Reply confirm(PlanDocument document) {
        return upload(confirm, document, Map.of("Idempotency-Key", document.idempotencyKey()));
    }

    private Reply upload(URI endpoint, PlanDocument document, Map<String, String> headers) {
        String boundary = "uplift-" + UUID.randomUUID();
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint);
        headers.forEach(builder::header);
        HttpRequest request = builder
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, document)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new LauncherException("Cannot upload " + document.fileName() + " to " + endpoint + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while uploading " + document.fileName(), e);
        }
    }

    /** One part named {@code file}, as a browser's file input sends it (RFC 7578). */
    static byte[] multipart(String boundary, PlanDocument document) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + document.fileName() + "\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(document.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}

package tw.uplift.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/**
 * Waits for a child to become ready by polling, never by sleeping a fixed time: start-up takes 4 s alone and
 * 40 s with four services on two cores, so any fixed sleep is either too short or wasted.
 */
final class Readiness {

    private static final Duration POLL = Duration.ofMillis(250);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Readiness() {
    }

    /** Until {@code url} answers 200 with status UP (Spring Boot's readiness group). */
    static void awaitHttpUp(ChildProcess child, URI url, Duration timeout) {
        String[] lastAnswer = {"no answer yet"};
        try {
            await(child, timeout, "answer UP at " + url, () -> {
                lastAnswer[0] = probe(url);
                return lastAnswer[0].startsWith("200 ") && lastAnswer[0].contains("\"UP\"");
            });
        } catch (LauncherException e) {
            // The last answer tells "still starting" (no answer) from "up but not ready" (503, 401, 404).
            throw new LauncherException(e.getMessage() + System.lineSeparator() + "--- last answer from " + url + ": "
                    + lastAnswer[0], e);
        }
    }

    /** Until {@code condition} holds, failing early with the log's tail if the child exits. */
    static void await(ChildProcess child, Duration timeout, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            if (!child.isAlive()) {
                throw new LauncherException("%s %s before it was ready (expected it to %s). Its log: %s%n--- last lines ---%n%s"
                        .formatted(child.name(), child.exitDescription(), what, child.log(), child.logTail(30)));
            }
            if (condition.getAsBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LauncherException("%s did not %s within %d s. Its log: %s%n--- last lines ---%n%s"
                        .formatted(child.name(), what, timeout.toSeconds(), child.log(), child.logTail(30)));
            }
            pause();
        }
    }

    /** {@code "<status> <body>"}, or what went wrong. */
    static String probe(URI url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            return response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        } catch (IOException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while waiting for " + url, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while waiting", e);
        }
    }
}

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
        await(child, timeout, "answer UP at " + url, () -> isUp(url));
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

    static boolean isUp(URI url) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
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

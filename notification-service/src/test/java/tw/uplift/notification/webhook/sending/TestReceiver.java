package tw.uplift.notification.webhook.sending;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import tw.uplift.notification.webhook.WebhookSignature;
import tw.uplift.notification.webhook.WebhookVerifier;

/**
 * A webhook receiver on a real socket (the JDK's HTTP server on an ephemeral port), as an agency would run one:
 * it verifies each request with {@link WebhookVerifier} and answers 204, or 401 when the verification fails. A
 * test may instead make it answer a fixed status or hang. Every request is kept, verified or not.
 */
final class TestReceiver implements AutoCloseable {

    /** What came in and what the receiver made of it. */
    record Received(String id, String timestamp, String signature, String contentType, byte[] body,
            WebhookVerifier.Verdict verdict) {
    }

    /** Answer per call number (1, 2, …): {@link #VERIFY} to verify, {@link #HANG} to never answer, else a status. */
    static final int VERIFY = 0;
    static final int HANG = -1;

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile WebhookVerifier verifier;
    private volatile IntUnaryOperator behaviour = call -> VERIFY;

    TestReceiver(WebhookVerifier verifier) throws IOException {
        this.verifier = verifier;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    TestReceiver answering(IntUnaryOperator byCall) {
        this.behaviour = byCall;
        return this;
    }

    TestReceiver verifyingWith(WebhookVerifier next) {
        this.verifier = next;
        return this;
    }

    int calls() {
        return calls.get();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    Received last() {
        return received.getLast();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int call = calls.incrementAndGet();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        var headers = exchange.getRequestHeaders();
        String id = headers.getFirst(WebhookSignature.ID_HEADER);
        String timestamp = headers.getFirst(WebhookSignature.TIMESTAMP_HEADER);
        String signature = headers.getFirst(WebhookSignature.SIGNATURE_HEADER);
        WebhookVerifier.Verdict verdict = verifier.verify(id, timestamp, signature, body);
        received.add(new Received(id, timestamp, signature, headers.getFirst("content-type"), body, verdict));
        int answer = behaviour.applyAsInt(call);
        if (answer == HANG) {
            try {
                released.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        int status = answer == VERIFY ? (verdict == WebhookVerifier.Verdict.VERIFIED ? 204 : 401) : answer;
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        released.countDown();
        server.stop(0);
    }
}

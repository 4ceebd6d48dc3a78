package tw.uplift.chaos;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.bson.Document;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.launcher.LocalSystem;
import tw.uplift.launcher.ServiceSpec;

/**
 * Citizens answering one open survey at a steady rate (open loop: a slow answer never delays the next), each answer
 * from one of {@code clients} addresses in turn ({@code X-Forwarded-For}, as the gateway sends it) so every citizen
 * stays under the public limit, each with an {@code Idempotency-Key} of its own so a retry is recognised. It
 * records how every answer was received, retries the ones that were not accepted with the same key (as a citizen
 * pressing "send" again would), and then compares what was accepted with what the survey counted.
 */
final class SurveyLoad implements AutoCloseable {

    /** What was sent and received, and what the survey counted. */
    record Count(int sent, int acceptedFirstTime, Map<String, Integer> refusals, int acceptedOnRetry, long counted,
            int acceptedNotCounted, long countedTwice) {

        int accepted() {
            return acceptedFirstTime + acceptedOnRetry;
        }

        /** {@code refused 12 (503 problem 10, timeout 2)}, or {@code refused 0}. */
        String refusedText() {
            int refused = refusals.values().stream().mapToInt(Integer::intValue).sum();
            return refused == 0 ? "refused 0" : "refused " + Chaos.number(refused) + " " + refusals;
        }
    }

    private final LocalSystem system;
    private final Caller anonymous;
    private final String surveyId;
    private final int clients;
    private final Map<String, Caller.Reply> firstReplies = new ConcurrentHashMap<>();
    private final Map<String, Caller.Reply> retryReplies = new ConcurrentHashMap<>();
    /** The score each answer gave, so a retry sends the very same answers (else its key is refused as reused). */
    private final Map<String, Integer> scores = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private Thread pacer;
    private ExecutorService answers;

    private SurveyLoad(LocalSystem system, String surveyId, int clients) {
        this.system = system;
        this.anonymous = new Caller(system.serviceUrl(ServiceSpec.SURVEY), null);
        this.surveyId = surveyId;
        if (clients < 1 || clients > 250) {
            throw new IllegalArgumentException("1 to 250 clients (one documentation address each), not " + clients);
        }
        this.clients = clients;
    }

    /** A new survey of the demo clerk's agency, opened, with answers about to flow. */
    static SurveyLoad onNewSurvey(LocalSystem system, int clients) {
        return new SurveyLoad(system, Surveys.opened(system, "滿意度調查（故障演練）"), clients);
    }

    String surveyId() {
        return surveyId;
    }

    /** Starts sending at {@code perSecond} until {@link #stop()}. */
    void start(double perSecond) {
        running.set(true);
        answers = Executors.newVirtualThreadPerTaskExecutor();
        long interval = (long) (1_000_000_000L / perSecond);
        pacer = Thread.ofPlatform().name("survey-load").start(() -> {
            long start = System.nanoTime();
            for (long i = 0; running.get(); i++) {
                long wait = start + i * interval - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String key = UUID.randomUUID().toString();
                String client = clientAddress((int) (i % clients));
                int score = (int) (i % 5) + 1;
                scores.put(key, score);
                answers.submit(() -> firstReplies.put(key, answer(key, client, score)));
            }
        });
    }

    /** Stops sending and waits for every answer in flight. */
    void stop() {
        running.set(false);
        try {
            pacer.join();
            answers.shutdown();
            if (!answers.awaitTermination(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("answers still in flight after two minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    int sent() {
        return firstReplies.size();
    }

    /** Sends again, with the same key, every answer that was not accepted. */
    void retryRefused() {
        try (ExecutorService retries = Executors.newVirtualThreadPerTaskExecutor()) {
            List<String> refused = firstReplies.entrySet().stream().filter(e -> !e.getValue().accepted())
                    .map(Map.Entry::getKey).toList();
            for (int i = 0; i < refused.size(); i++) {
                String key = refused.get(i);
                // a retry from a client of its own: the retries come in a burst, not at the citizens' pace
                String client = "203.0.113." + (i % 250 + 1);
                retries.submit(() -> retryReplies.put(key, answer(key, client, scores.get(key))));
                if (i % 20 == 19) {
                    sleepMillis(1000);
                }
            }
        }
    }

    /** Every answer sent and how it was received, against the running aggregate and the stored receipts. */
    Count count(MongoClient mongo) {
        long counted = new Caller(system.serviceUrl(ServiceSpec.SURVEY), system.tokenFor("clerk"))
                .get("/api/surveys/" + surveyId + "/results").expect(200).body().path("n").asLong();
        Set<String> countedReceipts = new HashSet<>();
        for (Document response : mongo.getDatabase(ServiceSpec.SURVEY.database()).getCollection("survey_responses")
                .find(Filters.and(Filters.eq("surveyId", surveyId), Filters.eq("counted", true)))
                .projection(new Document("_id", 1))) {
            countedReceipts.add(response.get("_id").toString());
        }
        Map<String, Integer> refusals = new TreeMap<>();
        int acceptedFirst = 0;
        int acceptedRetry = 0;
        int acceptedNotCounted = 0;
        for (Map.Entry<String, Caller.Reply> sent : firstReplies.entrySet()) {
            Caller.Reply reply = sent.getValue();
            Caller.Reply retry = retryReplies.get(sent.getKey());
            if (reply.accepted()) {
                acceptedFirst++;
            } else {
                refusals.merge(reply.outcome(), 1, Integer::sum);
                if (retry != null && retry.accepted()) {
                    acceptedRetry++;
                }
            }
            boolean accepted = reply.accepted() || (retry != null && retry.accepted());
            if (accepted && !countedReceipts.contains(DerivedId.of(surveyId, sent.getKey()))) {
                acceptedNotCounted++;
            }
        }
        return new Count(firstReplies.size(), acceptedFirst, refusals, acceptedRetry, counted, acceptedNotCounted,
                Math.max(0, counted - countedReceipts.size()));
    }

    /** The first replies that were not accepted, by outcome, each with one example text (what a citizen was told). */
    Map<String, String> refusalExamples() {
        Map<String, String> examples = new TreeMap<>();
        firstReplies.values().stream().filter(r -> !r.accepted())
                .forEach(r -> examples.putIfAbsent(r.outcome(), abbreviate(r.text())));
        return examples;
    }

    private Caller.Reply answer(String key, String client, int score) {
        String json = "{\"answers\":[{\"questionId\":\"q1\",\"score\":" + score + "},{\"questionId\":\"q2\",\"choice\":\"counter\"}]}";
        return anonymous.send("POST", "/public/surveys/" + surveyId + "/responses", json,
                Map.of("Idempotency-Key", key, "X-Forwarded-For", client));
    }

    /** A documentation-range address (RFC 5737) per client. */
    private static String clientAddress(int client) {
        return "198.51.100." + (client + 1);
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    private static void sleepMillis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (running.get()) {
            stop();
        }
    }

}

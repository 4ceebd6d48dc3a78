package tw.uplift.notification.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.notification.inbox.InboxItem;
import tw.uplift.notification.inbox.InboxKind;
import tw.uplift.notification.inbox.Notice;
import tw.uplift.notification.inbox.NoticeCause;
import tw.uplift.notification.inbox.application.Inbox;
import tw.uplift.notification.inbox.persistence.InboxIndex;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;
import tw.uplift.platform.test.bench.BenchFigure;
import tw.uplift.platform.test.bench.BenchReport;
import tw.uplift.platform.test.bench.Stats;

/**
 * A benchmark, not a test (run it by name, with the full JIT: {@code ./mvnw -o -pl notification-service -am verify
 * -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=InboxGrowthBenchmark -Dfailsafe.failIfNoSpecifiedTests=false
 * -Duplift.it.jit=}; nothing is asserted): does one clerk's inbox cost more when other people's notices pile up in
 * the store? The clerk ({@value #OWN} notices to them and their agency, some read) reads, over HTTP:
 * <ul>
 *   <li>{@code GET /api/inbox} — their 50 newest notices, what the inbox page reads too;</li>
 *   <li>{@code GET /api/inbox/unread-count} — the header's badge, read on every page view.</li>
 * </ul>
 * First with nothing else stored (the anchor, measured in this run), then with {@code bench.inbox.sizes} (default
 * 10,000 and 100,000; add 1,000,000 with {@code -Dbench.inbox.sizes=10000,100000,1000000}: its seeding alone takes
 * about 2.5 minutes on the 2-core build machine, the embedded store inserting about 7k of these documents a second)
 * notices of other recipients stored, bulk-inserted in the stored form of a delivered and relayed item, with the
 * {@link InboxIndex} documents a delivery writes (so the store holds what it would after those deliveries). Each figure: the median of {@value #ROUNDS} rounds of {@value #REQUESTS} requests
 * (mean per request), after a warm-up. The goal (issue #14, item 5): ≤ 1.5 × the anchor at every size.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.config.name=notification-service")
@WithUpliftInfrastructure
class InboxGrowthBenchmark {

    private static final String BENCHMARK = "inbox growth";
    private static final int OWN = 80;
    private static final int ROUNDS = 5;
    private static final int REQUESTS = 10;
    private static final int WARM_UP_REQUESTS = 300;
    /** Other recipients' notices per recipient: an agency's year of notices, about. */
    private static final int PER_OTHER_RECIPIENT = 20;
    private static final int BATCH = 2_000;

    private static final String AGENCY = "bench-agency";
    private static final String CLERK = "bench-clerk";

    @Autowired
    Inbox inbox;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    InboxIndex index;

    @LocalServerPort
    int port;

    @Test
    void aClerksInboxAsOtherPeoplesNoticesPileUp() {
        TestHttp http = new TestHttp(port);
        String token = TestTokens.agencyStaff(CLERK, AGENCY);
        deliverOwnNotices();
        Supplier<Integer> list = () -> http.get("/api/inbox", token).status();
        Supplier<Integer> count = () -> http.get("/api/inbox/unread-count", token).status();

        for (int i = 0; i < WARM_UP_REQUESTS; i++) {
            list.get();
            count.get();
        }
        List<Double> listAnchor = rounds(list);
        List<Double> countAnchor = rounds(count);
        System.out.printf(Locale.ROOT, "%nInboxGrowthBenchmark (%s, %d cores): no other notices: list %.2f ms, count %.2f ms%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(), Stats.median(listAnchor),
                Stats.median(countAnchor));

        Ballast ballast = new Ballast(mongo, index);
        for (int size : sizes()) {
            long seedStart = System.nanoTime();
            ballast.fillTo(size);
            System.out.printf(Locale.ROOT, "  %,d other notices stored in %.1f s%n", size,
                    (System.nanoTime() - seedStart) / 1e9);
            for (int i = 0; i < 5; i++) {
                list.get();
                count.get();
            }
            record("GET /api/inbox, " + label(size) + " other notices", rounds(list), listAnchor);
            record("unread count, " + label(size) + " other notices", rounds(count), countAnchor);
        }
    }

    /** The clerk's own notices: half to them, half to their agency; every third one read. */
    private void deliverOwnNotices() {
        List<String> addresses = List.of("user:" + CLERK, "agency:" + AGENCY);
        for (int i = 0; i < OWN; i++) {
            String address = addresses.get(i % 2);
            NoticeCause cause = NoticeCause.event("bench-own-" + i);
            inbox.deliver(cause, notice(i), List.of(address));
            if (i % 3 == 0) {
                inbox.markRead(InboxItem.idFor(cause, address), addresses);
            }
        }
    }

    private static Notice notice(int i) {
        return new Notice(InboxKind.DEADLINE_APPROACHING, "屆期提醒：" + i + ". 推動線上申辦", "請於 115年3月31日前填報執行進度。",
                InboxItem.Links.none().plan("plan-" + i).measure("m-" + i));
    }

    private static void record(String figure, List<Double> rounds, List<Double> anchorRounds) {
        double anchor = Stats.median(anchorRounds);
        BenchReport.record(BenchFigure.atMost(BENCHMARK, figure, rounds, "ms", "same read, no other notices", anchor,
                "≤ 1.5 × anchor", 1.5 * anchor));
    }

    /** {@value #ROUNDS} rounds, each the mean milliseconds of {@value #REQUESTS} requests. */
    private static List<Double> rounds(Supplier<Integer> request) {
        List<Double> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < REQUESTS; i++) {
                int status = request.get();
                if (status != 200) {
                    throw new IllegalStateException("the read answered " + status);
                }
            }
            rounds.add((System.nanoTime() - start) / 1e6 / REQUESTS);
        }
        return rounds;
    }

    private static List<Integer> sizes() {
        String sizes = System.getProperty("bench.inbox.sizes", "10000,100000");
        return java.util.Arrays.stream(sizes.split(",")).map(String::strip).map(Integer::valueOf).sorted().toList();
    }

    private static String label(int size) {
        return size >= 1_000_000 && size % 1_000_000 == 0 ? size / 1_000_000 + " M"
                : size >= 1_000 && size % 1_000 == 0 ? size / 1_000 + " k" : Integer.toString(size);
    }

    /**
     * Other recipients' notices, inserted in batches in the stored form of a delivered item whose event the relay
     * has published (no pending events left), {@value #PER_OTHER_RECIPIENT} per recipient, spread over a year.
     */
    private static final class Ballast {

        private final MongoTemplate mongo;
        private final InboxIndex index;
        private final Document template;
        private int stored;

        Ballast(MongoTemplate mongo, InboxIndex index) {
            this.mongo = mongo;
            this.index = index;
            InboxItem item = InboxItem.deliver(NoticeCause.event("template"), notice(0), "agency:template",
                    Instant.parse("2026-01-01T00:00:00Z"));
            Document doc = new Document();
            mongo.getConverter().write(item, doc);
            doc.put("pendingEvents", List.of());
            doc.put("version", 1L);
            this.template = doc;
        }

        void fillTo(int size) {
            List<Document> batch = new ArrayList<>(BATCH);
            List<InboxIndex.Entry> entries = new ArrayList<>(BATCH);
            while (stored < size) {
                int i = stored++;
                Document doc = new Document(template);
                String id = "ballast-" + i;
                String recipient = "agency:other-" + i / PER_OTHER_RECIPIENT;
                Instant createdAt = Instant.parse("2025-03-01T00:00:00Z").plus(Duration.ofHours(i % (365 * 24)));
                doc.put("_id", id);
                doc.put("recipient", recipient);
                doc.put("createdAt", Date.from(createdAt));
                batch.add(doc);
                entries.add(new InboxIndex.Entry(recipient, id, createdAt));
                if (batch.size() == BATCH) {
                    store(batch, entries);
                }
            }
            store(batch, entries);
        }

        /** The index first, as a delivery writes it, then the items. */
        private void store(List<Document> batch, List<InboxIndex.Entry> entries) {
            index.addAll(entries);
            if (!batch.isEmpty()) {
                mongo.getCollection("inbox").insertMany(batch);
            }
            batch.clear();
            entries.clear();
        }
    }
}

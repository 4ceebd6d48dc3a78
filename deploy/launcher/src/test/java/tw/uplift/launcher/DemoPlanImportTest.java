package tw.uplift.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo import's decisions against a fake plan-service speaking real HTTP: it previews before it saves, saves
 * nothing when one document is rejected, and never saves a document twice across starts on one data folder.
 */
class DemoPlanImportTest {

    private static final String TOKEN = "clerk-token";
    private static final List<PlanDocument> DOCUMENTS = List.of(document("a.txt"), document("b.txt"), document("c.txt"));

    @TempDir
    Path dataDir;

    private final FakePlanService planService = new FakePlanService();
    private final List<String> console = new ArrayList<>();
    private ImportedDemoPlans imported;

    @BeforeEach
    void start() throws IOException {
        planService.start();
        imported = new ImportedDemoPlans(dataDir.resolve("demo-plans"));
    }

    @AfterEach
    void stop() {
        planService.stop();
    }

    @Test
    void previewsEveryDocumentThenSavesEachOnceAndRecordsIt() {
        assertThat(run()).isEqualTo(DemoData.Outcome.LOADED);

        assertThat(planService.previewed).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(planService.saved).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(DOCUMENTS).allMatch(imported::contains);
        assertThat(console).contains("Imported b.txt as a draft: /api/plans/p-2");

        assertThat(run()).as("a second start with every document recorded").isEqualTo(DemoData.Outcome.LOADED);
        assertThat(planService.saved).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(planService.previewed).hasSize(3);
    }

    @Test
    void eachSaveCarriesAKeyOfTheDocumentSoPlanServiceSavesItOnceEvenIfTheRecordIsLost() {
        run();
        assertThat(planService.keys).hasSize(3).doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("demo-plan/") && key.length() <= 200);
        assertThat(planService.keys.get(1)).isEqualTo(document("b.txt").idempotencyKey());
        assertThat(new PlanDocument("b.txt", "changed".getBytes(StandardCharsets.UTF_8)).idempotencyKey())
                .as("another content is another document").isNotEqualTo(document("b.txt").idempotencyKey());
    }

    @Test
    void oneRejectedDocumentImportsNoneAndSaysWhichAndWhy() {
        planService.rejected.add("b.txt");

        assertThat(run()).isEqualTo(DemoData.Outcome.NOT_LOADED);

        assertThat(planService.previewed).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(planService.saved).isEmpty();
        assertThat(DOCUMENTS).noneMatch(imported::contains);
        assertThat(String.join("\n", console)).contains("b.txt: HTTP 400", "no 執行要項 table").doesNotContain("a.txt:");

        planService.rejected.clear();
        assertThat(run()).isEqualTo(DemoData.Outcome.LOADED);
        assertThat(planService.saved).containsExactly("a.txt", "b.txt", "c.txt");
    }

    @Test
    void aStartStoppedHalfWayIsCompletedNotRepeatedByTheNext() {
        planService.failingSave = "b.txt";

        assertThatThrownBy(this::run).isInstanceOf(LauncherException.class).hasMessageContaining("b.txt").hasMessageContaining("HTTP 500");
        assertThat(planService.saved).containsExactly("a.txt");
        assertThat(imported.contains(DOCUMENTS.get(0))).isTrue();
        assertThat(imported.contains(DOCUMENTS.get(1))).isFalse();

        planService.failingSave = null;
        assertThat(run()).isEqualTo(DemoData.Outcome.LOADED);
        assertThat(planService.saved).containsExactly("a.txt", "b.txt", "c.txt");
        assertThat(planService.previewed).as("only the missing ones are previewed again")
                .containsExactly("a.txt", "b.txt", "c.txt", "b.txt", "c.txt");
        assertThat(console).contains("1 of the 3 documents were imported by an earlier start; importing the other 2.");
    }

    @Test
    void noDocumentsIsNotLoadedSoALaterStartCanStillImport() {
        DemoPlanImport nothing = new DemoPlanImport(List.of(), "an empty folder", "clerk", console::add);

        assertThat(nothing.importInto(endpoint(), imported)).isEqualTo(DemoData.Outcome.NOT_LOADED);
        assertThat(planService.previewed).isEmpty();
    }

    @Test
    void theDefaultDocumentsAreTheExamplePlansFromTheClasspath() {
        List<PlanDocument> examples = PlanDocument.examples();

        assertThat(examples).extracting(PlanDocument::fileName)
                .containsExactly("kcg-civil-affairs-111.txt", "kcg-sanmin-106.txt", "taichung-beitun-household-115.txt");
        assertThat(examples).allSatisfy(e -> assertThat(new String(e.content(), StandardCharsets.UTF_8)).contains("提升服務"));
    }

    @Test
    void aSeedsFolderGivesItsTextFilesInNameOrder(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("2-second.txt"), "二");
        Files.writeString(folder.resolve("1-first.txt"), "一");
        Files.writeString(folder.resolve("notes.md"), "not a plan to import");

        assertThat(PlanDocument.inFolder(folder)).extracting(PlanDocument::fileName).containsExactly("1-first.txt", "2-second.txt");
        assertThatThrownBy(() -> PlanDocument.inFolder(folder.resolve("missing"))).isInstanceOf(LauncherException.class);
    }

    @Test
    void sendsTheDocumentAsTheFilePartOfAMultipartForm() {
        PlanDocument plan = new PlanDocument("000_plan.txt", "高雄市政府民政局111年度提升服務執行計畫".getBytes(StandardCharsets.UTF_8));

        String body = new String(PlanImportEndpoint.multipart("b0undary", plan), StandardCharsets.UTF_8);

        assertThat(body).startsWith("--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"000_plan.txt\"\r\n")
                .contains("\r\n\r\n高雄市政府民政局111年度提升服務執行計畫\r\n")
                .endsWith("--b0undary--\r\n");
    }

    private DemoData.Outcome run() {
        return new DemoPlanImport(DOCUMENTS, "test documents", "clerk", console::add).importInto(endpoint(), imported);
    }

    private PlanImportEndpoint endpoint() {
        return new PlanImportEndpoint(planService.url(), TOKEN);
    }

    private static PlanDocument document(String name) {
        return new PlanDocument(name, ("plan " + name).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code POST /api/plans/import} as plan-service answers it: 200 for a preview, 201 with {@code Location}
     * for {@code confirm=true}, a 400 problem document for a rejected file, 401 without the clerk's token.
     */
    private static final class FakePlanService {

        private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]+)\"");

        // Written by the server's thread, read by the test's.
        final Set<String> rejected = ConcurrentHashMap.newKeySet();
        final List<String> previewed = new CopyOnWriteArrayList<>();
        final List<String> saved = new CopyOnWriteArrayList<>();
        final List<String> keys = new CopyOnWriteArrayList<>();
        volatile String failingSave;
        private HttpServer server;

        void start() throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext(PlanImportEndpoint.PATH, this::handle);
            server.start();
        }

        void stop() {
            server.stop(0);
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        private void handle(HttpExchange exchange) throws IOException {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Matcher name = FILE_NAME.matcher(body);
            if (!exchange.getRequestMethod().equals("POST") || !name.find()) {
                answer(exchange, 400, "", "{\"detail\":\"no file part\"}");
            } else if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "", "");
            } else if (!"confirm=true".equals(exchange.getRequestURI().getQuery())) {
                previewed.add(name.group(1));
                if (rejected.contains(name.group(1))) {
                    answer(exchange, 400, "", "{\"title\":\"The file is not a readable plan\",\"detail\":\"no 執行要項 table\"}");
                } else {
                    answer(exchange, 200, "", "{\"title\":\"a plan\"}");
                }
            } else if (name.group(1).equals(failingSave)) {
                answer(exchange, 500, "", "{\"detail\":\"store unavailable\"}");
            } else {
                saved.add(name.group(1));
                keys.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                answer(exchange, 201, "/api/plans/p-" + saved.size(), "{\"planId\":\"p-" + saved.size() + "\"}");
            }
        }

        private static void answer(HttpExchange exchange, int status, String location, String json) throws IOException {
            if (!location.isEmpty()) {
                exchange.getResponseHeaders().add("Location", location);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (var out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}

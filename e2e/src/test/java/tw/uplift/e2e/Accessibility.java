package tw.uplift.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * axe-core (from npm, pinned in e2e/package-lock.json) injected into the page in the browser, run against WCAG 2.0
 * and 2.1 levels A and AA. Each violation is reported as rule, impact and the elements it found, so a failing test
 * says what to fix.
 */
final class Accessibility {

    private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static String axeSource;

    private Accessibility() {
    }

    static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source());
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(JSON.stringify(r.violations)))
                   .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'error', help: String(e), nodes: []}])));
                """);
        List<String> found = new ArrayList<>();
        for (JsonNode v : JSON.readTree(String.valueOf(result))) {
            List<String> targets = new ArrayList<>();
            v.path("nodes").forEach(n -> targets.add(n.path("target").toString()));
            found.add(v.path("id").asString() + " (" + v.path("impact").asString() + "): " + v.path("help").asString()
                    + " at " + targets);
        }
        return found;
    }

    private static synchronized String source() {
        if (axeSource == null) {
            try {
                axeSource = Files.readString(AXE, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is not installed: run `npm ci` in e2e/ (the build does)", e);
            }
        }
        return axeSource;
    }
}

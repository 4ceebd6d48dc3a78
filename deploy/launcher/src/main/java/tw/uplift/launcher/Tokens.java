package tw.uplift.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Access tokens from the local issuer for scripts and tests, with the demo-only password grant of client
 * {@code uplift-cli} (ADR 0001). The same request with curl is printed in the launcher's banner.
 */
public final class Tokens {

    public static final String DEMO_PASSWORD = "demo";
    public static final String CLI_CLIENT = "uplift-cli";
    public static final String CLI_SECRET = "uplift-cli-secret";

    // The launcher has no JSON library on purpose (it is on e2e's classpath); one field is all it needs.
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Tokens() {
    }

    /** A token of a demo user (clerk, head, clerk2, reviewer, reviewer2, lead, admin, ops). */
    public static String forUser(String issuerUrl, String username) {
        return forUser(issuerUrl, username, DEMO_PASSWORD);
    }

    public static String forUser(String issuerUrl, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", password);
        return request(issuerUrl, form, "user " + username);
    }

    /** The curl command the banner shows. */
    public static String curlExample(String issuerUrl, String username) {
        return "curl -s -u %s:%s -d grant_type=password -d username=%s -d password=%s %s/oauth2/token"
                .formatted(CLI_CLIENT, CLI_SECRET, username, DEMO_PASSWORD, issuerUrl);
    }

    private static String request(String issuerUrl, Map<String, String> form, String who) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String basic = Base64.getEncoder().encodeToString((CLI_CLIENT + ":" + CLI_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(issuerUrl + "/oauth2/token"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new LauncherException("No token for " + who + " from " + issuerUrl + ": HTTP "
                        + response.statusCode() + " " + response.body());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new LauncherException("Cannot reach the issuer " + issuerUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while getting a token", e);
        }
    }
}

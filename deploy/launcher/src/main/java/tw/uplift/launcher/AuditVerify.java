package tw.uplift.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ./uplift audit-verify}: asks the running local system (through the gateway, with an ADMIN token from the
 * local issuer) to walk the audit trail's hash chain, prints the entries checked and OK or the first broken link, and
 * exits 0 (intact), 1 (broken) or 2 (the system could not be asked).
 *
 * <pre>
 * java -cp deploy/launcher/target/uplift-launcher.jar tw.uplift.launcher.AuditVerify [--gateway URL] [--issuer URL]
 *                                                                                     [--user NAME] [--password PW]
 * </pre>
 * The defaults are the local run's ({@code http://localhost:8080}, {@code http://localhost:9000}, {@code admin} /
 * {@code demo}); against another deployment, give its gateway, issuer and an ADMIN account.
 */
public final class AuditVerify {

    /** What the verification said, read from its JSON (the launcher has no JSON library on purpose). */
    public record Result(long checked, long headPosition, String headHash, Long brokenPosition, String eventId,
            String problem, String detail) {

        public boolean intact() {
            return brokenPosition == null;
        }

        /** The lines {@code ./uplift audit-verify} prints. */
        public String describe() {
            if (intact()) {
                return "audit trail: " + checked + " entries checked, OK — every link holds\n"
                        + "newest entry: " + headPosition + ", hash " + headHash
                        + " (note it: a later removal of the newest entries shows against it)";
            }
            return "audit trail: BROKEN at entry " + brokenPosition + " (event " + eventId + "): " + problem + "\n"
                    + detail + "\n" + checked + " entries checked; the last that holds is " + headPosition;
        }
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private AuditVerify() {
    }

    public static void main(String[] args) {
        PortPlan ports = PortPlan.defaults();
        String gateway = "http://localhost:" + ports.gateway();
        String issuer = IdentityServer.issuer(ports.identity());
        String user = "admin";
        String password = Tokens.DEMO_PASSWORD;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--gateway" -> gateway = value;
                case "--issuer" -> issuer = value;
                case "--user" -> user = value;
                case "--password" -> password = value;
                default -> {
                    System.err.println("Usage: uplift audit-verify [--gateway URL] [--issuer URL] [--user NAME]"
                            + " [--password PW]");
                    System.exit(2);
                }
            }
            i++;
        }
        try {
            Result result = check(gateway, Tokens.forUser(issuer, user, password));
            System.out.println(result.describe());
            System.exit(result.intact() ? 0 : 1);
        } catch (LauncherException e) {
            System.err.println("audit-verify: " + e.getMessage()
                    + "\n(is the local system running? start it with ./uplift run)");
            System.exit(2);
        }
    }

    /** Asks notification-service, through the gateway, to verify the chain. */
    public static Result check(String gatewayUrl, String adminToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/notification/audit/verification"))
                .timeout(Duration.ofMinutes(5)).header("Authorization", "Bearer " + adminToken)
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new LauncherException("GET " + request.uri() + ": HTTP " + response.statusCode() + " "
                        + response.body());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new LauncherException("Cannot reach " + gatewayUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LauncherException("Interrupted while verifying the audit trail", e);
        }
    }

    static Result parse(String json) {
        boolean broken = !Pattern.compile("\"broken\"\\s*:\\s*null").matcher(json).find();
        return new Result(number(json, "checked"), number(json, "headPosition"), text(json, "headHash"),
                broken ? number(json, "position") : null, broken ? text(json, "eventId") : null,
                broken ? text(json, "problem") : null, broken ? text(json, "detail") : null);
    }

    private static long number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new LauncherException("no " + field + " in the verification: " + json);
        }
        return Long.parseLong(m.group(1));
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*(null|\"((?:[^\"\\\\]|\\\\.)*)\")").matcher(json);
        return m.find() && m.group(2) != null ? m.group(2).replace("\\\"", "\"") : null;
    }
}

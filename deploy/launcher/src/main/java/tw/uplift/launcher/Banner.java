package tw.uplift.launcher;

import java.io.PrintStream;
import java.nio.file.Path;

/** What the person who typed {@code ./uplift run} needs next: where to click, how to log in, where the logs are. */
final class Banner {

    private static final String LINE = "=".repeat(78);

    private Banner() {
    }

    /**
     * The banner's first line: the address to open in a browser, alone on its line so a terminal makes it a link (and
     * a script can take it with {@code head -1}). Without a gateway, the first service's address.
     */
    static String headline(LocalSystem system) {
        return system.gateway().map(GatewayProcess::url)
                .orElseGet(() -> system.services().stream().findFirst().map(ServiceProcess::url).orElse(system.issuerUrl()));
    }

    static void print(LocalSystem system, Path repoRoot, PrintStream out) {
        out.println(headline(system));
        out.println(LINE);
        out.printf(" Uplift is running locally: ready in %.1f s, %s%n", system.startupTime().toMillis() / 1000.0,
                system.memory().summary());
        system.gateway().ifPresent(gateway -> out.println(" Open " + gateway.url()
                + " in a browser and log in as one of the demo users below."));
        out.println(LINE);
        system.gateway().ifPresent(gateway -> out.printf(" %-22s %-24s pages and /api/<service>/**; operators: %s/ops%n",
                "gateway", gateway.url(), gateway.url()));
        if (system.gatewayNotBuilt()) {
            out.printf(" %-22s not built yet (%s missing)%n", "gateway", repoRoot.relativize(GatewayProcess.jar(repoRoot)));
        }
        for (ServiceProcess service : system.services()) {
            out.printf(" %-22s %-24s Swagger UI: %s/swagger-ui.html%n", service.spec().name(), service.url(), service.url());
        }
        for (ServiceSpec missing : system.servicesNotBuilt()) {
            out.printf(" %-22s not built yet (%s missing)%n", missing.name(), repoRoot.relativize(missing.jar(repoRoot)));
        }
        out.printf(" %-22s %-24s discovery: %s/.well-known/openid-configuration%n", "identity (OIDC issuer)",
                system.issuerUrl(), system.issuerUrl());
        MailSink mail = system.mailSink();
        out.printf(" %-22s smtp://localhost:%d   every e-mail the system sends ends here (IMAP localhost:%d)%n",
                "mail sink (GreenMail)", mail.smtpPort(), mail.imapPort());
        out.printf(" %-22s read one address's mail: %s%n", "", mail.messagesOf("clerk@" + DemoDirectory.DOMAIN));
        system.traceCollector().ifPresent(traces -> out.printf(" %-22s %-24s every request's trace, gateway to Kafka consumers%n",
                "traces (Zipkin)", traces.url()));
        out.printf(" %-22s %s%n", "Kafka (KRaft broker)", system.kafkaBootstrapServers());
        out.printf(" %-22s %s  (databases plan, review, survey, notification)%n", "MongoDB (embedded)",
                system.mongoUri("").replaceAll("/$", ""));
        out.println();
        out.println(" Demo logins, password \"demo\" for all (demo only); their e-mail is <login>@" + DemoDirectory.DOMAIN
                + " (in the mail sink):");
        out.println("   clerk, head     AGENCY_STAFF / AGENCY_HEAD of kcg-civil-affairs (高雄市政府民政局)");
        out.println("   clerk2          AGENCY_STAFF of kcg-household-xinxing (高雄市新興區戶政事務所)");
        out.println("   reviewer        REVIEWER of body kcg-rdec (研考會)");
        out.println("   reviewer2       REVIEWER of kcg-rdec, works at kcg-civil-affairs (never reviews it)");
        out.println("   lead            REVIEWER, lead (組長) of kcg-rdec: edits its reviewers at /reviews/reviewers");
        out.println("   admin, ops      ADMIN, OPS");
        out.println(" A token for scripts:");
        out.println("   TOKEN=$(" + Tokens.curlExample(system.issuerUrl(), "clerk") + " | sed 's/.*\"access_token\":\"\\([^\"]*\\)\".*/\\1/')");
        out.println("   curl -H \"Authorization: Bearer $TOKEN\" http://localhost:" + system.ports().portOf(ServiceSpec.PLAN) + "/api/plans");
        out.println();
        out.println(" Logs: " + shown(repoRoot, system.dataDir().logs()) + "/   Data: "
                + shown(repoRoot, system.dataDir().root()) + "/  (delete it to start from scratch)");
        out.println(" Start-up caches: " + shown(repoRoot, system.startupCaches())
                + "/  (made by the first start after a build, which is slower; delete to make again)");
        out.println(" Stop: Ctrl-C. The data stays; ./uplift run again continues where you left off.");
        out.println(LINE);
    }

    /** Relative to the repository when inside it (as {@code .uplift/} is), otherwise absolute. */
    private static Path shown(Path repoRoot, Path path) {
        return path.startsWith(repoRoot) ? repoRoot.relativize(path) : path;
    }
}

package tw.uplift.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import tw.uplift.launcher.AuditVerify;
import tw.uplift.launcher.LocalSystem;

/**
 * The audit trail of the whole system: what {@code ./uplift audit-verify} asks (through the gateway, with an ADMIN
 * token) finds an intact chain of the events the run has published so far; the administrator's page
 * {@code /admin/audit} (reached from the header) shows the verification, filters by service and refuses a date
 * range that ends before it starts, each page passing axe-core (WCAG 2.1 A/AA) without sideways scrolling at 360 and
 * 1280 px, in 繁體中文 and in English; OPS does not see it.
 */
class AuditTrailBrowserIT {

    private static LocalSystem system;
    private static String gateway;

    @BeforeAll
    static void start() {
        system = RunningSystem.forBrowserTests();
        gateway = system.gatewayUrl();
    }

    @Test
    void theAdministratorVerifiesAndReadsTheTrail() {
        // The demo data's organisation events at least are in the trail once the audit consumers have read them.
        AuditVerify.Result result = await().atMost(Duration.ofSeconds(60)).until(
                () -> AuditVerify.check(gateway, system.tokenFor("admin")), r -> r.checked() > 0);
        System.out.println("[e2e] ./uplift audit-verify would print:\n" + result.describe());
        assertThat(result.intact()).as(result.describe()).isTrue();

        try (Browser admin = Browser.open("audit-admin", 1280, 800); Browser ops = Browser.open("audit-ops", 360, 740)) {
            logIn(admin, "admin");
            admin.waitForPath("/ops");
            admin.go(gateway + "/inbox");
            admin.click(By.cssSelector("a[href='/admin/audit']"));
            admin.waitForPath("/admin/audit");
            assertThat(admin.find(By.id("verification")).getText()).contains("鏈結完整");
            assertThat(admin.all(By.cssSelector("#entries tbody tr"))).isNotEmpty();
            admin.checkPage();
            admin.screenshot("trail-1280");

            admin.find(By.cssSelector("#service option[value='plan-service']")).click();
            admin.click(By.cssSelector("main form button[type='submit']"));
            admin.find(By.cssSelector("#export-csv[href*='service=plan-service']"));
            assertThat(admin.all(By.cssSelector("#entries tbody tr"))).allSatisfy(row ->
                    assertThat(row.getText()).contains("plan-service"));

            admin.type(By.id("from"), "2026-03-05");
            admin.type(By.id("to"), "2026-03-01");
            admin.click(By.cssSelector("main form button[type='submit']"));
            admin.find(By.cssSelector(".govuk-error-summary a[href='#to']"));
            assertThat(admin.title()).startsWith("錯誤");
            admin.checkPage();
            admin.screenshot("trail-error-1280");

            admin.go(gateway + "/admin/audit?lang=en");
            assertThat(admin.find(By.id("verification")).getText()).contains("the chain is intact");
            assertThat(admin.text()).doesNotContain("??");
            admin.checkPage();
            admin.go(gateway + "/admin/audit?lang=zh-TW");
            System.out.println("[e2e] audit pages checked with axe-core at 360 and 1280 px: " + admin.pagesChecked());

            logIn(ops, "ops");
            ops.waitForPath("/ops");
            ops.go(gateway + "/admin/audit");
            assertThat(ops.all(By.id("entries"))).isEmpty();
            assertThat(ops.all(By.cssSelector("a[href='/admin/audit']"))).isEmpty();
        }
        // The page as an administrator on a phone, to look at (axe-core checked it at 360 px above).
        try (Browser narrow = Browser.open("audit-admin", 360, 740)) {
            logIn(narrow, "admin");
            narrow.waitForPath("/ops");
            narrow.go(gateway + "/admin/audit");
            assertThat(narrow.find(By.id("verification")).getText()).contains("鏈結完整");
            narrow.screenshot("trail-360");
        }
    }

    private static void logIn(Browser browser, String user) {
        browser.go(gateway + "/oauth2/authorization/uplift");
        browser.type(By.id("username"), user);
        browser.type(By.id("password"), "demo");
        browser.click(By.cssSelector("button[type='submit']"));
    }
}

package tw.uplift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tw.uplift.platform.test.PageBrowser;
import tw.uplift.platform.test.TestHttp;
import tw.uplift.platform.test.TestTokens;
import tw.uplift.platform.test.WithUpliftInfrastructure;

/**
 * The administrator's organisation pages (機關管理), requested as the gateway relays a browser's requests and read
 * with jsoup: the tree of bodies and agencies, the forms with their error summary, and nobody else let in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.config.name=plan-service")
@WithUpliftInfrastructure
class OrganisationPagesIT {

    static final String ADMIN = TestTokens.admin();
    static final String CLERK = TestTokens.agencyStaff("clerk", "kcg-civil-affairs");
    static final String CSRF = PageBrowser.CSRF;

    @LocalServerPort
    int port;

    @Test
    void theAdministratorSeesEachBodyWithTheAgenciesItSupervisesAsATreeWithTheirUnits() {
        Document page = page("/plans/organisations", ADMIN, 200);

        assertThat(page.select("h1").eachText()).containsExactly("機關管理");
        Element kaohsiung = page.getElementById("body-kcg-rdec");
        assertThat(kaohsiung.selectFirst("h2").text()).isEqualTo("高雄市政府研究發展考核委員會");
        Element bureau = kaohsiung.getElementById("agency-kcg-civil-affairs");
        assertThat(bureau.selectFirst("a").text()).isEqualTo("高雄市政府民政局");
        assertThat(bureau.selectFirst("a").attr("href")).isEqualTo("/plans/organisations/agencies/kcg-civil-affairs");
        assertThat(bureau.selectFirst(".uplift-organisation-units").text()).contains("區政監督科、自治行政科、宗教禮俗科");
        assertThat(bureau.select("> ul > li").eachAttr("id")).as("the offices below the bureau, inside it")
                .contains("agency-kcg-sanmin-district", "agency-kcg-household-xinxing", "agency-kcg-funeral");
        assertThat(page.getElementById("agency-kcg-sanmin-district").text()).contains("民政課、社會課、經建課、兵役課、秘書室");
        Element taichung = page.getElementById("body-taichung-rdec");
        assertThat(taichung.getElementById("agency-taichung-civil-affairs").getElementById("agency-taichung-household-beitun"))
                .isNotNull();
        assertThat(page.select("a.govuk-button").eachAttr("href"))
                .containsExactly("/plans/organisations/agencies/new", "/plans/organisations/bodies/new");
        assertNoInlineScriptOrStyle(page);

        Document english = page("/plans/organisations?lang=en", ADMIN, 200);
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("h1").text()).isEqualTo("Organisations");
        assertThat(english.select("a.govuk-button").eachText()).containsExactly("New agency", "New supervising body");
    }

    @Test
    void nobodyButAnAdministratorIsLetIn() {
        for (String token : List.of(CLERK, TestTokens.reviewer("reviewer", "kcg-rdec", null),
                TestTokens.token("ops", List.of("OPS"), null, null))) {
            for (String path : List.of("/plans/organisations", "/plans/organisations/agencies/new",
                    "/plans/organisations/agencies/kcg-civil-affairs", "/plans/organisations/bodies/kcg-rdec")) {
                PageBrowser.Page refused = get(path, token);
                assertThat(refused.status()).as(path).isEqualTo(403);
                assertThat(refused.contentType()).startsWith("text/html");
            }
            assertThat(post("/plans/organisations/agencies/new", token, typedAgency("kcg-fengshan-district")).status())
                    .isEqualTo(403);
        }
        assertThat(api().get("/api/organisations/agencies/kcg-fengshan-district", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void theNewAgencyFormLabelsEveryFieldAndCarriesTheCsrfToken() {
        Document form = page("/plans/organisations/agencies/new", ADMIN, 200);

        Element post = form.selectFirst("form[method=post][action=/plans/organisations/agencies/new]");
        assertThat(post.selectFirst("input[type=hidden][name=_csrf]").attr("value")).isEqualTo(CSRF);
        for (Element field : post.select("input:not([type=hidden]), textarea, select")) {
            assertThat(post.select("label[for=" + field.id() + "]")).as("a label for " + field.id()).hasSize(1);
        }
        assertThat(post.select("#parentId option").eachAttr("value")).contains("", "kcg-civil-affairs", "taichung-civil-affairs");
        assertThat(post.select("#supervisingBodyId option").eachAttr("value")).containsExactly("", "kcg-rdec", "taichung-rdec");
        assertThat(form.getElementById("units-hint").text()).contains("每行一個單位");
        assertNoInlineScriptOrStyle(form);
    }

    @Test
    void aFormWithMistakesComesBackWithAnErrorSummaryLinkingToEachFieldAndSavesNothing() {
        Map<String, String> typed = typedAgency("Kcg Gushan");
        typed.put("name", " ");
        typed.put("supervisingBodyId", "");
        typed.put("units", "民政課\r\n秘書室\r\n\r\n秘書室");

        PageBrowser.Page reply = post("/plans/organisations/agencies/new", ADMIN, typed);

        assertThat(reply.status()).isEqualTo(400);
        Document page = Jsoup.parse(reply.html());
        assertThat(page.title()).startsWith("錯誤：");
        Element summary = page.selectFirst(".govuk-error-summary");
        assertThat(summary.select("a").eachAttr("href")).containsExactly("#id", "#name", "#supervisingBodyId", "#units");
        assertThat(summary.text()).contains("代碼請用英文小寫字母與數字", "請填寫名稱", "請選擇督考機關", "單位「秘書室」重複列出");
        assertThat(page.getElementById("name").attr("aria-describedby")).isEqualTo("name-error");
        assertThat(page.getElementById("units").attr("aria-describedby")).isEqualTo("units-hint units-error");
        assertThat(page.getElementById("units").hasClass("govuk-textarea--error")).isTrue();
        assertThat(page.getElementById("name").closest(".govuk-form-group").hasClass("govuk-form-group--error")).isTrue();
        assertThat(page.getElementById("units").wholeText().replace("\r", "")).as("what was typed is kept")
                .isEqualTo("民政課\n秘書室\n\n秘書室");
        assertThat(page.getElementById("id").attr("value")).isEqualTo("Kcg Gushan");
        assertThat(page.selectFirst("#parentId option[selected]").attr("value")).isEqualTo("kcg-civil-affairs");
        assertThat(api().get("/api/organisations/agencies", ADMIN).text()).doesNotContainIgnoringCase("gushan");

        Map<String, String> english = typedAgency("kcg-gushan-district");
        english.put("name", "");
        Document inEnglish = Jsoup.parse(post("/plans/organisations/agencies/new?lang=en", ADMIN, english).html());
        assertThat(inEnglish.selectFirst(".govuk-error-summary").text()).contains("Name is required");
    }

    @Test
    void aBrokenRuleIsSaidBesideTheFieldItIsAbout() {
        registerByApi("kcg-yancheng-district", "高雄市鹽埕區公所", "kcg-civil-affairs");
        registerByApi("kcg-yancheng-household", "高雄市鹽埕區戶政事務所", "kcg-yancheng-district");
        Map<String, String> fields = FormFields.of(page("/plans/organisations/agencies/kcg-yancheng-district", ADMIN, 200)
                .selectFirst("main form[method=post]"));
        fields.put("parentId", "kcg-yancheng-household");

        PageBrowser.Page reply = post("/plans/organisations/agencies/kcg-yancheng-district", ADMIN, fields);

        assertThat(reply.status()).isEqualTo(409);
        Document page = Jsoup.parse(reply.html());
        assertThat(page.select(".govuk-error-summary a").eachAttr("href")).containsExactly("#parentId");
        assertThat(page.getElementById("parentId-error").text()).contains("上級機關不能是本機關，也不能是本機關的下級機關");
        assertThat(api().get("/api/organisations/agencies/kcg-yancheng-district", ADMIN).body().get("parentId").asString())
                .isEqualTo("kcg-civil-affairs");
    }

    @Test
    void anAgencyRegisteredByTheFormIsShownInTheTreeUnderItsParent() {
        PageBrowser.Page saved = post("/plans/organisations/agencies/new", ADMIN, typedAgency("kcg-xinxing-district"));

        assertThat(saved.status()).isEqualTo(303);
        assertThat(saved.location()).isEqualTo("/plans/organisations?done=agency-registered");
        Document tree = page(saved.location(), ADMIN, 200);
        assertThat(tree.selectFirst(".govuk-notification-banner--success").text()).contains("已新增機關");
        Element office = tree.getElementById("agency-kcg-civil-affairs").getElementById("agency-kcg-xinxing-district");
        assertThat(office.text()).contains("高雄市新興區公所", "民政課、社會課、秘書室");
        JsonNode agency = api().get("/api/organisations/agencies/kcg-xinxing-district", CLERK).body();
        assertThat(agency.get("units").toString()).isEqualTo("[\"民政課\",\"社會課\",\"秘書室\"]");
        assertThat(agency.get("supervisingBodyId").asString()).isEqualTo("kcg-rdec");
    }

    @Test
    void theEditFormIsFilledOffersNoParentBelowTheAgencyAndRetiresIt() {
        registerByApi("kcg-nanzih-district", "高雄市楠梓區公所", "kcg-civil-affairs");
        registerByApi("kcg-nanzih-household", "高雄市楠梓區戶政事務所", "kcg-nanzih-district");

        Document edit = page("/plans/organisations/agencies/kcg-nanzih-district", ADMIN, 200);
        Element form = edit.selectFirst("form[method=post][action=/plans/organisations/agencies/kcg-nanzih-district]");
        assertThat(form.getElementById("name").attr("value")).isEqualTo("高雄市楠梓區公所");
        assertThat(form.selectFirst("#parentId option[selected]").attr("value")).isEqualTo("kcg-civil-affairs");
        assertThat(form.select("#parentId option").eachAttr("value")).as("never itself or one below it")
                .doesNotContain("kcg-nanzih-district", "kcg-nanzih-household");
        assertThat(form.getElementById("units").wholeText().replace("\r", "")).isEqualTo("民政課\n秘書室");
        assertThat(form.select("input[name=id]")).as("an id never changes").isEmpty();
        assertThat(form.selectFirst("input[name=active][checked]").attr("value")).isEqualTo("true");

        Map<String, String> fields = FormFields.of(form);
        fields.put("units", "民政課\n社會課\n秘書室");
        fields.put("active", "false");
        PageBrowser.Page saved = post(form.attr("action"), ADMIN, fields);

        assertThat(saved.status()).isEqualTo(303);
        JsonNode agency = api().get("/api/organisations/agencies/kcg-nanzih-district", ADMIN).body();
        assertThat(agency.get("active").asBoolean()).isFalse();
        assertThat(agency.get("units").toString()).isEqualTo("[\"民政課\",\"社會課\",\"秘書室\"]");
        Element retired = page("/plans/organisations", ADMIN, 200).getElementById("agency-kcg-nanzih-district");
        assertThat(retired.selectFirst(".govuk-tag").text()).isEqualTo("已停用");
    }

    @Test
    void aSupervisingBodyIsRegisteredAndChangedByForm() {
        Document blank = page("/plans/organisations/bodies/new", ADMIN, 200);
        assertThat(blank.select("form[action=/plans/organisations/bodies/new] #agencyId option").eachAttr("value"))
                .contains("", "kcg-civil-affairs");
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("id", "pthg-rdec");
        typed.put("name", "屏東縣政府研究發展考核處");
        typed.put("agencyId", "");

        PageBrowser.Page saved = post("/plans/organisations/bodies/new", ADMIN, typed);

        assertThat(saved.status()).isEqualTo(303);
        Document tree = page(saved.location(), ADMIN, 200);
        assertThat(tree.getElementById("body-pthg-rdec").text()).contains("屏東縣政府研究發展考核處", "尚無督考的機關");

        Document edit = page("/plans/organisations/bodies/pthg-rdec", ADMIN, 200);
        Map<String, String> fields = FormFields.of(edit.selectFirst("main form[method=post]"));
        fields.put("name", "");
        PageBrowser.Page refused = post("/plans/organisations/bodies/pthg-rdec", ADMIN, fields);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(Jsoup.parse(refused.html()).select(".govuk-error-summary a").eachAttr("href")).containsExactly("#name");

        fields.put("name", "屏東縣政府研考處");
        assertThat(post("/plans/organisations/bodies/pthg-rdec", ADMIN, fields).status()).isEqualTo(303);
        assertThat(api().get("/api/organisations/bodies/pthg-rdec", ADMIN).body().get("name").asString())
                .isEqualTo("屏東縣政府研考處");
    }

    @Test
    void anUnknownOrganisationIsTheNotFoundPage() {
        PageBrowser.Page missing = get("/plans/organisations/agencies/kcg-nowhere", ADMIN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.html()).selectFirst("h1").text()).isEqualTo("無法顯示此頁");
        assertThat(get("/plans/organisations/bodies/kcg-nowhere", ADMIN).status()).isEqualTo(404);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static Map<String, String> typedAgency(String id) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("id", id);
        form.put("name", "高雄市新興區公所");
        form.put("parentId", "kcg-civil-affairs");
        form.put("supervisingBodyId", "kcg-rdec");
        form.put("units", "民政課\r\n社會課\r\n秘書室\r\n");
        return form;
    }

    private void registerByApi(String id, String name, String parentId) {
        TestHttp.Reply created = api().post("/api/organisations/agencies", ADMIN, """
                {"id": "%s", "name": "%s", "parentId": "%s", "supervisingBodyId": "kcg-rdec", "units": ["民政課", "秘書室"]}"""
                .formatted(id, name, parentId));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    private TestHttp api() {
        return new TestHttp(port);
    }


    private static void assertNoInlineScriptOrStyle(Document page) {
        assertThat(page.select("script:not([src])")).as("no inline script (CSP)").isEmpty();
        assertThat(page.select("style, [style]")).as("no inline style (CSP)").isEmpty();
    }

    private Document page(String path, String token, int status) {
        PageBrowser.Page reply = get(path, token);
        assertThat(reply.status()).as(path + "\n" + reply.html()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.html()).as("every text has its message").doesNotContain("??");
        return Jsoup.parse(reply.html());
    }

    private PageBrowser.Page get(String path, String token) {
        return new PageBrowser(port, token).get(path);
    }

    private PageBrowser.Page post(String path, String token, Map<String, String> fields) {
        return new PageBrowser(port, token).post(path, fields);
    }
}

package tw.uplift.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The layout as a page renders it: language, viewer, navigation, CSRF field, error summary, ROC dates. */
@SpringBootTest(classes = LayoutTest.SampleApp.class, properties = "spring.application.name=sample")
@AutoConfigureMockMvc
class LayoutTest {

    @SpringBootApplication
    static class SampleApp {

        @Bean
        ViewerSource clerk() {
            return request -> request.getHeader("X-Test-Anonymous") != null ? Viewer.ANONYMOUS
                    : new Viewer("王承辦", Set.of("AGENCY_STAFF"), "kcg-civil-affairs", null);
        }

        @PageController
        static class SamplePage {
            @GetMapping("/plans/sample")
            String page(Model model) {
                model.addAttribute("due", LocalDate.of(2026, 3, 31));
                model.addAttribute("errors", List.of(new PageError("measures[0].title", "請填寫推行作法")));
                return "sample/page";
            }
        }
    }

    @Autowired
    MockMvc mvc;

    private String render(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }

    @Test
    void aPageIsInTraditionalChineseWithTheViewerAndTheirDesks() throws Exception {
        String html = render(get("/plans/sample").header(CsrfField.TOKEN_HEADER, "tok-1").header(PageModelAdvice.UNREAD_HEADER, "3"));

        assertThat(html).contains("lang=\"zh-Hant-TW\"", "跳至主要內容", "王承辦", "機關承辦人", "kcg-civil-affairs");
        assertThat(html).contains("href=\"/plans\" aria-current=\"page\"", "我的計畫", "href=\"/inbox\"", "3 則未讀");
        assertThat(html).as("a clerk answers corrective actions, but has no reviewer or operator desk")
                .contains("href=\"/reviews/corrective-actions\"", "改善事項")
                .doesNotContain("href=\"/reviews\"", "/reviews/reviewers", "/ops");
        assertThat(html).contains("name=\"_csrf\" value=\"tok-1\"");
        assertThat(html).contains("115年3月31日", "datetime=\"2026-03-31\"");
        assertThat(html).contains("href=\"#measures-0-title\"", "id=\"measures-0-title-error\"", "請填寫推行作法");
        assertThat(html).contains("<main id=\"main-content\"", "role=\"banner\"", "role=\"contentinfo\"");
    }

    @Test
    void theLanguageSwitchesToEnglishAndStays() throws Exception {
        MvcResult switched = mvc.perform(get("/plans/sample").param("lang", "en")).andReturn();
        String html = switched.getResponse().getContentAsString();
        assertThat(html).contains("lang=\"en\"", "Skip to main content", "Agency staff", "31 Mar 2026 (ROC 115)",
                "My plans", "繁體中文");
        Cookie chosen = switched.getResponse().getCookie(PagesAutoConfiguration.LANGUAGE_COOKIE);
        assertThat(chosen).isNotNull();
        assertThat(chosen.isHttpOnly()).isTrue();

        assertThat(render(get("/plans/sample").cookie(chosen))).contains("lang=\"en\"", "My plans");
    }

    @Test
    void theComponentCssAndUpliftsOwnAssetsAreServedWithoutAVersionInThePath() throws Exception {
        for (String asset : List.of("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css",
                "/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js", "/assets/uplift/uplift.css",
                "/assets/uplift/uplift.js", "/assets/uplift/favicon.svg")) {
            assertThat(mvc.perform(get(asset)).andReturn().getResponse().getStatus()).as(asset).isEqualTo(200);
        }
    }

    @Test
    void aPathWithoutAPageAnswersTheErrorPageOnTheLayout() throws Exception {
        MvcResult missing = mvc.perform(get("/no-such-page").accept("text/html")).andReturn();
        // MockMvc does not forward to the container's /error; render it as the container would.
        MvcResult page = mvc.perform(get("/error").accept("text/html")
                .requestAttr("jakarta.servlet.error.status_code", 404)
                .requestAttr("jakarta.servlet.error.request_uri", "/no-such-page")).andReturn();
        assertThat(missing.getResponse().getStatus()).isEqualTo(404);
        assertThat(page.getResponse().getContentAsString()).contains("無法顯示此頁", "找不到這個項目", "跳至主要內容");
    }

    @Test
    void anonymousViewersSeeSignInAndNoDesks() throws Exception {
        String html = render(get("/plans/sample").header("X-Test-Anonymous", "yes"));
        assertThat(html).contains("/oauth2/authorization/uplift", "登入").doesNotContain("登出", "uplift-nav__list");
        assertThat(html).as("no token, no hidden field").doesNotContain("name=\"_csrf\"");
    }
}

package tw.uplift.plan.publishing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.progress.PlanLights;
import tw.uplift.plan.publishing.PublishedPlans;
import tw.uplift.platform.pages.PageController;

/**
 * {@code /public/plans/{id}} for a browser: a public plan's page (計畫經審定後公開於機關網站), no login, printable on
 * A4 — the header sections (計畫依據, 計畫目標, 實施對象, 督考方式, 推動小組) and the table in the documents' layout,
 * each measure with today's light and its reason in words. A plan never approved is the 404 page. Programs get the
 * same plan as JSON at the same address ({@link PublicPlanController}): this one answers only requests for HTML.
 */
@PageController
public class PublicPlanPage {

    private final PublishedPlans published;
    private final PublicPlanViews views;

    public PublicPlanPage(PublishedPlans published, PublicPlanViews views) {
        this.published = published;
        this.views = views;
    }

    @GetMapping(path = "/public/plans/{planId}", produces = MediaType.TEXT_HTML_VALUE)
    public String show(@PathVariable String planId, Model model, Locale locale, HttpServletResponse response) {
        Plan plan = published.get(planId);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        PlanLights.Lights today = views.lightsOf(plan);
        model.addAttribute("plan", plan);
        model.addAttribute("agencyName", views.agencyName(plan.getAgencyId()));
        model.addAttribute("header", plan.getHeader());
        model.addAttribute("table", views.table(plan, today, locale));
        model.addAttribute("planLight", views.text(today.plan(), locale));
        model.addAttribute("today", views.today());
        return "plan/publishing/show";
    }
}

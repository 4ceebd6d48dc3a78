package tw.uplift.plan.authoring.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanRepository;
import tw.uplift.platform.pages.PageController;

/**
 * {@code /public/plans/{id}} for a browser: a published plan's public page (計畫經審定後公開於機關網站), no login,
 * printable. Any plan not published is the 404 page. Programs get the same plan as JSON at the same address
 * ({@link PublicPlanController}): this one answers only requests that ask for HTML.
 */
@PageController
public class PublicPlanPage {

    private final PlanRepository plans;
    private final PlanPageSupport pages;

    public PublicPlanPage(PlanRepository plans, PlanPageSupport pages) {
        this.plans = plans;
        this.pages = pages;
    }

    @GetMapping(path = "/public/plans/{planId}", produces = MediaType.TEXT_HTML_VALUE)
    public String show(@PathVariable String planId, Model model, HttpServletResponse response) {
        Plan plan = PublicPlanController.published(plans, planId);
        response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        model.addAttribute("plan", plan);
        model.addAttribute("agencyName", pages.agencyName(plan.getAgencyId()));
        model.addAttribute("table", PlanPageContent.tableOf(plan.getDimensions()));
        return "plan/public";
    }
}

package tw.uplift.plan.history.web;

import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.web.PlanPageSupport;
import tw.uplift.plan.history.PlanYears;
import tw.uplift.plan.history.YearComparison;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;

/**
 * A plan among its agency's years: {@code POST /plans/{id}/next-year} copies it into next year's draft (複製為下年度
 * 計畫; again: the same draft), and {@code /plans/{id}/compare?with={otherId}} shows two years side by side
 * (年度對照) — by default with the plan it was copied from, or the agency's plan of the year before.
 */
@PageController
public class PlanYearPages {

    private final PlanAuthoring authoring;
    private final PlanYears years;
    private final PlanPageSupport pages;

    public PlanYearPages(PlanAuthoring authoring, PlanYears years, PlanPageSupport pages) {
        this.authoring = authoring;
        this.years = years;
        this.pages = pages;
    }

    @PostMapping("/plans/{planId}/next-year")
    public RedirectView copyToNextYear(CurrentUser user, @PathVariable String planId) {
        Plan next = years.copyToNextYear(user, planId);
        return SeeOther.to("/plans/" + next.getId() + "?done=copied");
    }

    @GetMapping("/plans/{planId}/compare")
    public ModelAndView compare(CurrentUser user, @PathVariable String planId,
            @RequestParam(name = "with", required = false) String with, Locale locale) {
        Plan plan = authoring.get(user, planId);
        YearComparison comparison;
        try {
            comparison = years.compare(user, planId, with).orElse(null);
        } catch (InvalidInput notAnotherYear) {
            return RevisionPages.cannotCompare(plan, pages.text("history.compare.bad", locale));
        }
        ModelAndView page = new ModelAndView("plan/history/compare");
        page.addObject("plan", plan);
        page.addObject("agencyName", pages.agencyName(plan.getAgencyId()));
        page.addObject("comparison", comparison);
        page.addObject("others", years.othersOf(user, plan));
        page.addObject("selected", comparison == null ? null
                : comparison.older().getId().equals(planId) ? comparison.newer().getId() : comparison.older().getId());
        return page;
    }
}

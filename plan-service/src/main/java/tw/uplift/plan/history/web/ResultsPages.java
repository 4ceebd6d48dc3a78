package tw.uplift.plan.history.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.view.RedirectView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.web.PlanPageSupport;
import tw.uplift.plan.history.AnnualResults;
import tw.uplift.plan.progress.PlanLights;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * Handing in the year's results (提報年度執行成果), {@code /plans/{id}/results}: a confirmation page with the
 * measures by light, completed and not, and each measure's reports; the agency head confirms (the plan is then
 * frozen for the annual review). The agency's staff see the same page and that it is the head's to hand in.
 */
@PageController
public class ResultsPages {

    private final PlanAuthoring authoring;
    private final PlanLights lights;
    private final PlanPageSupport pages;

    public ResultsPages(PlanAuthoring authoring, PlanLights lights, PlanPageSupport pages) {
        this.authoring = authoring;
        this.lights = lights;
        this.pages = pages;
    }

    @GetMapping("/plans/{planId}/results")
    public String confirm(CurrentUser user, @PathVariable String planId, Model model) {
        Plan plan = authoring.get(user, planId);
        if (!PlanPageSupport.offersChanges(user, plan)) {
            throw new AccessDeniedException("only the agency hands in its results");
        }
        if (!plan.getStatus().approved()) {
            throw new RuleViolationException("wrong-state", "status", "only an approved plan's results are handed in");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("agencyName", pages.agencyName(plan.getAgencyId()));
        model.addAttribute("results", AnnualResults.of(plan, lights.of(plan)));
        model.addAttribute("isHead", user.has(Role.AGENCY_HEAD));
        return "plan/history/results";
    }

    /** Only the head hands them in ({@link PlanAuthoring#submitResults} refuses anyone else: 403). */
    @PostMapping("/plans/{planId}/results")
    public RedirectView submit(CurrentUser user, @PathVariable String planId) {
        authoring.submitResults(user, planId);
        return SeeOther.to("/plans/" + planId + "?done=resultsSubmitted");
    }
}

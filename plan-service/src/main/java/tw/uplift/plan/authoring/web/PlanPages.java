package tw.uplift.plan.authoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;

/**
 * The clerk's desk: {@code /plans} (the plans the viewer may read, through {@link PlanAuthoring#list}), one plan in
 * the table layout of the documents with its review comments beside their items, and its actions — submit (送審,
 * after a confirmation page) and complete a measure. The create and edit forms are {@link PlanFormPages}.
 */
@PageController
public class PlanPages {

    /** What a redirect after an action tells the plan page to confirm ({@code ?done=submitted}). */
    private static final Set<String> DONE = Set.of("created", "saved", "submitted", "completed", "imported");

    private final PlanAuthoring authoring;
    private final PlanPageSupport pages;

    public PlanPages(PlanAuthoring authoring, PlanPageSupport pages) {
        this.authoring = authoring;
        this.pages = pages;
    }

    @GetMapping("/plans")
    public String list(CurrentUser user, Model model) {
        List<Plan> plans = authoring.list(user);
        model.addAttribute("plans", plans.stream().map(p -> new PlanRow(p, pages.agencyName(p.getAgencyId()))).toList());
        model.addAttribute("mayCreate", user.isAgencyUser() && user.agencyId() != null);
        model.addAttribute("showAgency", plans.stream().anyMatch(p -> !p.getAgencyId().equals(user.agencyId())));
        return "plan/list";
    }

    @GetMapping("/plans/{planId}")
    public String show(CurrentUser user, @PathVariable String planId,
            @RequestParam(required = false) String done, Model model) {
        Plan plan = authoring.get(user, planId);
        boolean offers = PlanPageSupport.offersChanges(user, plan);
        model.addAttribute("plan", plan);
        model.addAttribute("agencyName", pages.agencyName(plan.getAgencyId()));
        PlanPageContent content = PlanPageContent.of(plan.getDimensions(), plan.getReviewComments());
        model.addAttribute("table", content.table());
        model.addAttribute("planComments", content.planComments());
        model.addAttribute("mayEdit", offers && plan.getStatus().editable());
        model.addAttribute("mayComplete", offers && plan.getStatus().approved());
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "plan/show";
    }

    /** The confirmation step of 送審: what is sent, and the button that sends it. */
    @GetMapping("/plans/{planId}/submit")
    public String confirmSubmit(CurrentUser user, @PathVariable String planId, Model model) {
        Plan plan = authoring.get(user, planId);
        if (!PlanPageSupport.offersChanges(user, plan)) {
            throw new AccessDeniedException("only the agency's staff submit its plan");
        }
        if (!plan.getStatus().editable()) {
            throw new RuleViolationException("not-editable", plan.getStatus().name());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("agencyName", pages.agencyName(plan.getAgencyId()));
        model.addAttribute("measureCount", plan.measures().count());
        return "plan/submit";
    }

    @PostMapping("/plans/{planId}/submit")
    public RedirectView submit(CurrentUser user, @PathVariable String planId) {
        authoring.submit(user, planId);
        return PlanPageSupport.seeOther("/plans/" + planId + "?done=submitted");
    }

    @PostMapping("/plans/{planId}/measures/{measureId}/complete")
    public RedirectView complete(CurrentUser user, @PathVariable String planId, @PathVariable String measureId) {
        authoring.completeMeasure(user, planId, measureId);
        return PlanPageSupport.seeOther("/plans/" + planId + "?done=completed");
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView ruleBroken(HttpServletRequest request, RuleViolationException e, Locale locale) {
        return pages.rulePage(request, e, locale);
    }

    /** One line of the list. */
    public record PlanRow(Plan plan, String agencyName) {
    }
}

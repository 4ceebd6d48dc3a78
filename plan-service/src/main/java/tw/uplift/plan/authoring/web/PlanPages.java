package tw.uplift.plan.authoring.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * The clerk's desk: {@code /plans} (the plans the viewer may read, through {@link PlanAuthoring#list}), one plan in
 * the table layout of the documents with its review comments beside their items, and its actions — submit (送審,
 * after a confirmation page) and complete a measure. The create and edit forms are {@link PlanFormPages}.
 */
@PageController
public class PlanPages {

    /** What a redirect after an action tells the plan page to confirm ({@code ?done=submitted}). */
    private static final Set<String> DONE = Set.of("created", "saved", "submitted", "requested", "sentBack",
            "completed", "imported", "amended", "resultsSubmitted", "copied");

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
        boolean head = offers && user.has(Role.AGENCY_HEAD);
        model.addAttribute("mayConfirm", head && plan.getStatus() == PlanStatus.AWAITING_HEAD);
        model.addAttribute("isHead", head);
        model.addAttribute("mayComplete", offers && plan.getStatus().approved());
        model.addAttribute("offersChanges", offers);
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
        boolean head = user.has(Role.AGENCY_HEAD);
        if (!plan.getStatus().editable() && !(head && plan.getStatus() == PlanStatus.AWAITING_HEAD)) {
            throw new RuleViolationException("not-editable", plan.getStatus().name());
        }
        model.addAttribute("plan", plan);
        model.addAttribute("isHead", head);
        model.addAttribute("agencyName", pages.agencyName(plan.getAgencyId()));
        model.addAttribute("measureCount", plan.measures().count());
        return "plan/submit";
    }

    @PostMapping("/plans/{planId}/submit")
    public RedirectView submit(CurrentUser user, @PathVariable String planId) {
        Plan plan = authoring.submit(user, planId);
        return SeeOther.to("/plans/" + planId + "?done="
                + (plan.getStatus() == PlanStatus.AWAITING_HEAD ? "requested" : "submitted"));
    }

    /** The head sends a plan awaiting confirmation back to the clerk; a reason is required. */
    @PostMapping("/plans/{planId}/send-back")
    public Object sendBack(CurrentUser user, @PathVariable String planId,
            @RequestParam(required = false) String reason, Model model, Locale locale) {
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            Plan plan = authoring.get(user, planId);
            model.addAttribute("plan", plan);
            model.addAttribute("errors", List.of(new tw.uplift.platform.pages.PageError("reason",
                    pages.text(reason == null || reason.isBlank() ? "plan.sendBack.required" : "plan.sendBack.tooLong",
                            locale))));
            return new ModelAndView("plan/send-back", model.asMap(), org.springframework.http.HttpStatus.BAD_REQUEST);
        }
        authoring.sendBack(user, planId, reason.strip());
        return SeeOther.to("/plans/" + planId + "?done=sentBack");
    }

    @GetMapping("/plans/{planId}/send-back")
    public String sendBackForm(CurrentUser user, @PathVariable String planId, Model model) {
        Plan plan = authoring.get(user, planId);
        if (!PlanPageSupport.offersChanges(user, plan) || !user.has(Role.AGENCY_HEAD)) {
            throw new AccessDeniedException("only the agency head sends a plan back");
        }
        model.addAttribute("plan", plan);
        model.addAttribute("errors", List.of());
        return "plan/send-back";
    }

    @PostMapping("/plans/{planId}/measures/{measureId}/complete")
    public RedirectView complete(CurrentUser user, @PathVariable String planId, @PathVariable String measureId) {
        authoring.completeMeasure(user, planId, measureId);
        return SeeOther.to("/plans/" + planId + "?done=completed");
    }

    /** One line of the list. */
    public record PlanRow(Plan plan, String agencyName) {
    }
}

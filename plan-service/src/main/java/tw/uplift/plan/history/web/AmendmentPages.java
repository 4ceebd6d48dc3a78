package tw.uplift.plan.history.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.PlanChanges;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.plan.authoring.PlanText;
import tw.uplift.plan.authoring.web.PlanForm;
import tw.uplift.plan.authoring.web.PlanFormCheck;
import tw.uplift.plan.authoring.web.PlanPageSupport;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;

/**
 * Amending an approved plan during the year (計畫修正), {@code /plans/{id}/amendment}: the plan form in its amending
 * mode ({@code plan/form} with {@code amending}), then a confirmation page with the change view of the amendment and
 * its summary, then the amendment itself — a new revision, and {@code PlanAmended} so the tracker registers the
 * deadlines again. The confirmation page carries the form's fields back hidden ({@code intent=confirm} saves,
 * {@code intent=edit} returns to the form), so nothing is kept between the steps.
 */
@PageController
public class AmendmentPages {

    static final String FORM_VIEW = "plan/form";
    static final String CONFIRM_VIEW = "plan/history/amend-confirm";

    private final PlanAuthoring authoring;
    private final PlanFormCheck check;
    private final PlanPageSupport pages;

    public AmendmentPages(PlanAuthoring authoring, PlanFormCheck check, PlanPageSupport pages) {
        this.authoring = authoring;
        this.check = check;
        this.pages = pages;
    }

    @GetMapping("/plans/{planId}/amendment")
    public ModelAndView form(CurrentUser user, @PathVariable String planId) {
        Plan plan = amendable(user, planId);
        return formPage(plan, PlanForm.of(plan), List.of());
    }

    /**
     * One step of the amendment: a button of the form reshapes it; {@code save} (the form's) checks it and shows
     * the changes to confirm; {@code edit} (the confirmation's) goes back to the form; {@code confirm} amends.
     */
    @PostMapping("/plans/{planId}/amendment")
    public ModelAndView amend(CurrentUser user, @PathVariable String planId, @ModelAttribute("form") PlanForm form,
            @RequestParam(defaultValue = "save") String intent, Locale locale) {
        Plan plan = amendable(user, planId);
        form.setRocYear(String.valueOf(plan.getRocYear())); // the year of a plan is not amended
        if (form.apply(intent) || "edit".equals(intent)) {
            return formPage(plan, form, List.of());
        }
        List<PageError> errors = check.check(form, locale);
        if (!errors.isEmpty()) {
            return formPage(plan, form, errors);
        }
        PlanContent.TextDraft draft = form.draftOver(plan);
        PlanText amended = PlanContent.text(plan.getRocYear(), draft);
        PlanChanges changes = PlanChanges.between(plan.getText(), amended);
        if (changes.isEmpty()) {
            return formPage(plan, form, List.of(new PageError("title", pages.text("history.amend.noChange", locale))));
        }
        if ("confirm".equals(intent)) {
            authoring.amend(user, planId, draft);
            return new ModelAndView(SeeOther.to("/plans/" + planId + "?done=amended"));
        }
        ModelAndView page = new ModelAndView(CONFIRM_VIEW);
        page.addObject("plan", plan);
        page.addObject("form", form);
        page.addObject("agencyName", pages.agencyName(plan.getAgencyId()));
        page.addObject("view", ChangeView.of(plan.getText(), amended, changes, List.of()));
        return page;
    }

    /** A plan this viewer may amend now: theirs to change (403 otherwise) and approved (409 otherwise). */
    private Plan amendable(CurrentUser user, String planId) {
        Plan plan = authoring.get(user, planId);
        if (!PlanPageSupport.offersChanges(user, plan)) {
            throw new AccessDeniedException("only the agency's staff amend its plan");
        }
        if (!plan.getStatus().approved()) {
            throw new RuleViolationException("wrong-state", "status", "only an approved plan is amended");
        }
        return plan;
    }

    /** The plan form in its amending mode. */
    private ModelAndView formPage(Plan plan, PlanForm form, List<PageError> errors) {
        ModelAndView page = PlanPageSupport.form(FORM_VIEW, errors);
        page.addObject("form", form);
        page.addObject("editing", true);
        page.addObject("amending", true);
        page.addObject("plan", plan);
        page.addObject("formAction", "/plans/" + plan.getId() + "/amendment");
        page.addObject("cancelHref", "/plans/" + plan.getId());
        page.addObject("agencyName", pages.agencyName(plan.getAgencyId()));
        page.addObject("planComments", List.of());
        page.addObject("commentsByMeasure", Map.of());
        return page;
    }
}

package tw.uplift.plan.authoring.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.Frameworks;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;

/**
 * Writing a plan by form: {@code /plans/new} and {@code /plans/{id}/edit} (a draft or a returned plan, with the
 * reviewer's comments beside the items they are about). The tree grows and shrinks by buttons that post the form
 * and get it back ({@code intent=add-measure:0:1} …), so it works without script. Saving goes through
 * {@link PlanAuthoring}, after {@link PlanFormCheck} (the API's {@link PlanInput} rules); with errors nothing is saved
 * and the form comes back with an error summary.
 */
@PageController
public class PlanFormPages {

    static final String VIEW = "plan/form";

    private final PlanAuthoring authoring;
    private final PlanFormCheck check;
    private final PlanPageSupport pages;
    private final Frameworks frameworks;
    private final Clock clock;

    public PlanFormPages(PlanAuthoring authoring, PlanFormCheck check, PlanPageSupport pages, Frameworks frameworks,
            Clock clock) {
        this.authoring = authoring;
        this.frameworks = frameworks;
        this.check = check;
        this.pages = pages;
        this.clock = clock;
    }

    /** The new-plan form; {@code ?framework=…} starts it with that framework's dimensions (執行要項). */
    @GetMapping("/plans/new")
    public ModelAndView newPlan(CurrentUser user, @RequestParam(required = false) String framework) {
        String agencyId = user.requireAgency();
        int year = RocYear.current(clock).value();
        PlanForm form = frameworks.find(framework == null ? "" : framework).map(f -> PlanForm.blank(year, f))
                .orElseGet(() -> PlanForm.blank(year));
        return newPage(agencyId, form, List.of());
    }

    @PostMapping("/plans/new")
    public ModelAndView create(CurrentUser user, @ModelAttribute("form") PlanForm form,
            @RequestParam(defaultValue = "save") String intent, Locale locale) {
        String agencyId = user.requireAgency();
        if (form.apply(intent)) {
            return newPage(agencyId, form, List.of());
        }
        List<PageError> errors = check.check(form, locale);
        if (!errors.isEmpty()) {
            return newPage(agencyId, form, errors);
        }
        PlanInput input = form.toInput();
        Plan plan = authoring.create(user, input.rocYear(), input.draft());
        return new ModelAndView(SeeOther.to("/plans/" + plan.getId() + "?done=created"));
    }

    @GetMapping("/plans/{planId}/edit")
    public ModelAndView edit(CurrentUser user, @PathVariable String planId) {
        Plan plan = editable(user, planId);
        return editPage(plan, PlanForm.of(plan), List.of());
    }

    @PostMapping("/plans/{planId}/edit")
    public ModelAndView revise(CurrentUser user, @PathVariable String planId, @ModelAttribute("form") PlanForm form,
            @RequestParam(defaultValue = "save") String intent, Locale locale) {
        Plan plan = editable(user, planId);
        form.setRocYear(String.valueOf(plan.getRocYear())); // the year of a plan is not revised
        if (form.apply(intent)) {
            return editPage(plan, form, List.of());
        }
        List<PageError> errors = check.check(form, locale);
        if (!errors.isEmpty()) {
            return editPage(plan, form, errors);
        }
        authoring.revise(user, planId, form.draftOver(plan));
        return new ModelAndView(SeeOther.to("/plans/" + planId + "?done=saved"));
    }

    /** A plan this viewer may revise now: theirs to change (403 otherwise) and a draft or returned (409 otherwise). */
    private Plan editable(CurrentUser user, String planId) {
        return PlanPageSupport.requireEditable(user, authoring.get(user, planId));
    }

    private ModelAndView newPage(String agencyId, PlanForm form, List<PageError> errors) {
        ModelAndView page = PlanPageSupport.form(VIEW, errors);
        page.addObject("form", form);
        page.addObject("editing", false);
        page.addObject("frameworks", frameworks.frameworks());
        page.addObject("formAction", "/plans/new");
        page.addObject("cancelHref", "/plans");
        page.addObject("agencyName", pages.agencyName(agencyId));
        page.addObject("agencyUnits", pages.agencyUnits(agencyId));
        page.addObject("planComments", List.of());
        page.addObject("commentsByMeasure", Map.of());
        return page;
    }

    private ModelAndView editPage(Plan plan, PlanForm form, List<PageError> errors) {
        ModelAndView page = PlanPageSupport.form(VIEW, errors);
        PlanPageContent content = PlanPageContent.of(plan.getDimensions(), plan.getReviewComments());
        page.addObject("form", form);
        page.addObject("editing", true);
        page.addObject("plan", plan);
        page.addObject("formAction", "/plans/" + plan.getId() + "/edit");
        page.addObject("cancelHref", "/plans/" + plan.getId());
        page.addObject("agencyName", pages.agencyName(plan.getAgencyId()));
        page.addObject("agencyUnits", pages.agencyUnits(plan.getAgencyId()));
        page.addObject("planComments", content.planComments());
        page.addObject("commentsByMeasure", content.commentsByMeasure());
        return page;
    }
}

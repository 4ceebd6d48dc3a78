package tw.uplift.plan.authoring.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.PlanContent;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;

/**
 * {@code /plans/{id}/header}: the sections before the plan's table (計畫依據, 計畫目標, 實施對象, 督考方式, 推動小組),
 * edited while the plan is a draft or returned, checked by the same rules as the API's.
 */
@PageController
public class PlanHeaderPages {

    private static final String VIEW = "plan/header-form";
    private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]$");

    private final PlanAuthoring authoring;
    private final PlanPageSupport pages;
    private final Validator validator;

    public PlanHeaderPages(PlanAuthoring authoring, PlanPageSupport pages, Validator validator) {
        this.authoring = authoring;
        this.pages = pages;
        this.validator = validator;
    }

    @GetMapping("/plans/{planId}/header")
    public ModelAndView edit(CurrentUser user, @PathVariable String planId) {
        Plan plan = editable(user, planId);
        return page(plan, PlanHeaderForm.of(plan.getHeader()), List.of());
    }

    @PostMapping("/plans/{planId}/header")
    public ModelAndView save(CurrentUser user, @PathVariable String planId,
            @ModelAttribute("form") PlanHeaderForm form, @RequestParam(defaultValue = "save") String intent,
            Locale locale) {
        Plan plan = editable(user, planId);
        if (form.apply(intent)) {
            return page(plan, form, List.of());
        }
        PlanInput.HeaderInput input = form.toInput();
        List<PageError> errors = check(form, input, locale);
        if (!errors.isEmpty()) {
            return page(plan, form, errors);
        }
        PlanContent.TextDraft draft = new PlanInput(plan.getRocYear(), plan.getTitle(), null, input, List.of()).draft();
        authoring.reviseHeader(user, planId, draft.header());
        return new ModelAndView(SeeOther.to("/plans/" + planId + "?done=saved#header"));
    }

    private List<PageError> check(PlanHeaderForm form, PlanInput.HeaderInput input, Locale locale) {
        List<PageError> errors = new ArrayList<>();
        for (ConstraintViolation<PlanInput.HeaderInput> v : validator.validate(input)) {
            String field = fieldOf(v.getPropertyPath().toString());
            String label = pages.text("plan.header.field." + LIST_INDEX.matcher(field.replaceAll("\\[\\d+]", ""))
                    .replaceAll(""), locale);
            String constraint = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            Object max = v.getConstraintDescriptor().getAttributes().get("max");
            errors.add(new PageError(field, switch (constraint) {
                case "NotNull", "NotBlank" -> pages.text("plan.error.required", locale, label);
                case "Size" -> v.getInvalidValue() instanceof CharSequence
                        ? pages.text("plan.error.tooLong", locale, label, max)
                        : pages.text("plan.error.tooMany", locale, label, max);
                default -> pages.text("plan.error.invalid", locale, label);
            }));
        }
        List<String> order = form.fieldOrder();
        errors.sort(Comparator.comparingInt(e -> order.indexOf(e.field()) < 0 ? Integer.MAX_VALUE
                : order.indexOf(e.field())));
        return errors.stream().distinct().toList();
    }

    /** The form field a violation of the API's shape is about: {@code supervision.resultSubmissions[1].text} → {@code duties[1].text}. */
    static String fieldOf(String path) {
        String field = path.replace("supervision.resultSubmissions", "duties").replace("supervision.", "")
                .replace("team.members", "members").replace("team.name", "teamName");
        // One paragraph of a list typed one per line is the list's field.
        return field.matches("(basis|goals|rules)\\[\\d+]") ? LIST_INDEX.matcher(field).replaceAll("") : field;
    }

    private Plan editable(CurrentUser user, String planId) {
        return PlanPageSupport.requireEditable(user, authoring.get(user, planId));
    }

    private ModelAndView page(Plan plan, PlanHeaderForm form, List<PageError> errors) {
        ModelAndView page = PlanPageSupport.form(VIEW, errors);
        page.addObject("form", form);
        page.addObject("plan", plan);
        page.addObject("formAction", "/plans/" + plan.getId() + "/header");
        page.addObject("agencyName", pages.agencyName(plan.getAgencyId()));
        return page;
    }
}

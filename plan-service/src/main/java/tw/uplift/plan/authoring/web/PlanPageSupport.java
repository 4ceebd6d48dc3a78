package tw.uplift.plan.authoring.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.plan.organisations.AgencyDirectory;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.FormErrors;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.pages.PageModelAdvice;
import tw.uplift.platform.security.CurrentUser;

/** What the plan pages share: agency names, the actions a viewer is offered, redirects, rule pages in words. */
@Component
public class PlanPageSupport {

    private final AgencyDirectory agencies;
    private final MessageSource messages;
    private final PageModelAdvice layout;

    public PlanPageSupport(AgencyDirectory agencies, MessageSource messages, PageModelAdvice layout) {
        this.agencies = agencies;
        this.messages = messages;
        this.layout = layout;
    }

    /** The agency's units (科/課/室) to choose measures' units from; empty when none are registered. */
    public List<String> agencyUnits(String agencyId) {
        return agencies.find(agencyId).map(Agency::units).orElse(List.of());
    }

    public String agencyName(String agencyId) {
        return agencies.find(agencyId).map(Agency::name).orElse(agencyId);
    }

    /**
     * Whether the page offers this viewer the plan's changes (edit, submit, complete). Only a display choice: the
     * rule itself is {@code PlanAuthoring}'s, which refuses anyone else whatever the page shows.
     */
    public static boolean offersChanges(CurrentUser user, Plan plan) {
        return user != null && user.isAgencyUser() && plan.getAgencyId().equals(user.agencyId());
    }

    /**
     * A plan this viewer may write now: theirs to change (403 otherwise) and a draft or a returned plan (409
     * otherwise) — what the edit form and the header form both ask.
     */
    public static Plan requireEditable(CurrentUser user, Plan plan) {
        if (!offersChanges(user, plan)) {
            throw new AccessDeniedException("only the agency's staff change its plan");
        }
        if (!plan.getStatus().editable()) {
            throw new RuleViolationException("not-editable", plan.getStatus().name());
        }
        return plan;
    }

    /** A form shown again: 400 when it has errors, so the answer says what happened. */
    public static ModelAndView form(String view, List<PageError> errors) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("errors", errors);
        page.addObject("formErrors", new FormErrors(errors));
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }

    /** The layout's error page. */
    public ModelAndView errorPage(HttpServletRequest request, HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("uplift/error", layout.layoutModel(request), status);
        page.addObject("status", status.value());
        page.addObject("detail", detail == null ? "" : detail);
        return page;
    }

    public String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}

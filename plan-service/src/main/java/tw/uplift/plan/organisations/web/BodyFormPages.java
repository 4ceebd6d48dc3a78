package tw.uplift.plan.organisations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.plan.organisations.AgencyDirectory;
import tw.uplift.plan.organisations.AgencyRegistration;
import tw.uplift.plan.organisations.BodyRegistration;
import tw.uplift.plan.organisations.InvalidOrganisationInput;
import tw.uplift.plan.organisations.OrganisationAdministration;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * Registering and changing a supervising body (督考機關) by form: {@code /plans/organisations/bodies/new} and
 * {@code /plans/organisations/bodies/{id}} (name, the agency it is part of, active or retired).
 */
@PageController
public class BodyFormPages {

    static final String VIEW = "plan/organisations/body-form";
    private static final List<String> FIELDS = List.of("id", "name", "agencyId", "active");

    private final OrganisationAdministration administration;
    private final AgencyDirectory directory;
    private final OrganisationPageSupport pages;

    public BodyFormPages(OrganisationAdministration administration, AgencyDirectory directory,
            OrganisationPageSupport pages) {
        this.administration = administration;
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping("/plans/organisations/bodies/new")
    public ModelAndView newBody(CurrentUser user) {
        user.requireAny(Role.ADMIN);
        return page(null, new BodyForm(), List.of(), HttpStatus.OK);
    }

    @PostMapping("/plans/organisations/bodies/new")
    public ModelAndView register(CurrentUser user, @ModelAttribute("form") BodyForm form, Locale locale) {
        user.requireAny(Role.ADMIN);
        try {
            administration.registerBody(user, form.getId(), form.details());
        } catch (InvalidOrganisationInput e) {
            return page(null, form, pages.errorsOf(e.issues(), List.of(), FIELDS, locale), HttpStatus.BAD_REQUEST);
        } catch (RuleViolationException e) {
            return page(null, form, List.of(pages.errorOf(e, locale)), HttpStatus.CONFLICT);
        }
        return OrganisationPageSupport.seeOther("/plans/organisations?done=body-registered");
    }

    @GetMapping("/plans/organisations/bodies/{bodyId}")
    public ModelAndView edit(CurrentUser user, @PathVariable String bodyId) {
        user.requireAny(Role.ADMIN);
        BodyRegistration body = existing(bodyId);
        return page(body, BodyForm.of(body), List.of(), HttpStatus.OK);
    }

    @PostMapping("/plans/organisations/bodies/{bodyId}")
    public ModelAndView change(CurrentUser user, @PathVariable String bodyId, @ModelAttribute("form") BodyForm form,
            Locale locale) {
        user.requireAny(Role.ADMIN);
        BodyRegistration body = existing(bodyId);
        form.setId(bodyId); // the id is shown, never changed
        try {
            administration.changeBody(user, bodyId, current -> form.details());
        } catch (InvalidOrganisationInput e) {
            return page(body, form, pages.errorsOf(e.issues(), List.of(), FIELDS, locale), HttpStatus.BAD_REQUEST);
        } catch (RuleViolationException e) {
            return page(body, form, List.of(pages.errorOf(e, locale)), HttpStatus.CONFLICT);
        }
        return OrganisationPageSupport.seeOther("/plans/organisations?done=body-saved");
    }

    private BodyRegistration existing(String bodyId) {
        return directory.bodyRegistration(bodyId)
                .orElseThrow(() -> new NotFoundException("supervising body", bodyId));
    }

    /** @param body the body being changed, or null for a new one */
    private ModelAndView page(BodyRegistration body, BodyForm form, List<PageError> errors, HttpStatus status) {
        ModelAndView page = OrganisationPageSupport.form(VIEW, errors, status);
        boolean editing = body != null;
        page.addObject("form", form);
        page.addObject("editing", editing);
        page.addObject("bodyName", editing ? body.details().name() : null);
        page.addObject("formAction", editing ? "/plans/organisations/bodies/" + body.getId()
                : "/plans/organisations/bodies/new");
        page.addObject("agencyChoices", agencyChoices(form.getAgencyId()));
        return page;
    }

    private List<Choice> agencyChoices(String current) {
        List<Choice> choices = new ArrayList<>();
        for (AgencyRegistration a : directory.registrations()) {
            if (a.isActive() || a.getId().equals(current)) {
                choices.add(new Choice(a.getId(), a.details().name()));
            }
        }
        return choices;
    }
}

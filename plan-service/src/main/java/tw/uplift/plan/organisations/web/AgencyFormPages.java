package tw.uplift.plan.organisations.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
 * Registering and changing an agency by form: {@code /plans/organisations/agencies/new} and
 * {@code /plans/organisations/agencies/{id}} (name, parent, supervising body, units one per line, active or retired).
 * The checks are the domain's, through {@link OrganisationAdministration}; with errors nothing is saved and the form
 * comes back as typed, with an error summary.
 */
@PageController
public class AgencyFormPages {

    static final String VIEW = "plan/organisations/agency-form";
    private static final List<String> FIELDS = List.of("id", "name", "parentId", "supervisingBodyId", "units", "active");

    private final OrganisationAdministration administration;
    private final AgencyDirectory directory;
    private final OrganisationPageSupport pages;

    public AgencyFormPages(OrganisationAdministration administration, AgencyDirectory directory,
            OrganisationPageSupport pages) {
        this.administration = administration;
        this.directory = directory;
        this.pages = pages;
    }

    @GetMapping("/plans/organisations/agencies/new")
    public ModelAndView newAgency(CurrentUser user) {
        user.requireAny(Role.ADMIN);
        return page(null, new AgencyForm(), List.of(), HttpStatus.OK);
    }

    @PostMapping("/plans/organisations/agencies/new")
    public ModelAndView register(CurrentUser user, @ModelAttribute("form") AgencyForm form, Locale locale) {
        user.requireAny(Role.ADMIN);
        try {
            administration.registerAgency(user, form.getId(), form.details());
        } catch (InvalidOrganisationInput e) {
            return page(null, form, pages.errorsOf(e.issues(), form.unitList(), FIELDS, locale), HttpStatus.BAD_REQUEST);
        } catch (RuleViolationException e) {
            return page(null, form, List.of(pages.errorOf(e, locale)), HttpStatus.CONFLICT);
        }
        return OrganisationPageSupport.seeOther("/plans/organisations?done=agency-registered");
    }

    @GetMapping("/plans/organisations/agencies/{agencyId}")
    public ModelAndView edit(CurrentUser user, @PathVariable String agencyId) {
        user.requireAny(Role.ADMIN);
        AgencyRegistration agency = existing(agencyId);
        return page(agency, AgencyForm.of(agency), List.of(), HttpStatus.OK);
    }

    @PostMapping("/plans/organisations/agencies/{agencyId}")
    public ModelAndView change(CurrentUser user, @PathVariable String agencyId, @ModelAttribute("form") AgencyForm form,
            Locale locale) {
        user.requireAny(Role.ADMIN);
        AgencyRegistration agency = existing(agencyId);
        form.setId(agencyId); // the id is shown, never changed
        try {
            administration.changeAgency(user, agencyId, current -> form.details());
        } catch (InvalidOrganisationInput e) {
            return page(agency, form, pages.errorsOf(e.issues(), form.unitList(), FIELDS, locale),
                    HttpStatus.BAD_REQUEST);
        } catch (RuleViolationException e) {
            return page(agency, form, List.of(pages.errorOf(e, locale)), HttpStatus.CONFLICT);
        }
        return OrganisationPageSupport.seeOther("/plans/organisations?done=agency-saved");
    }

    private AgencyRegistration existing(String agencyId) {
        return directory.registration(agencyId).orElseThrow(() -> new NotFoundException("agency", agencyId));
    }

    /** @param agency the agency being changed, or null for a new one */
    private ModelAndView page(AgencyRegistration agency, AgencyForm form, List<PageError> errors, HttpStatus status) {
        ModelAndView page = OrganisationPageSupport.form(VIEW, errors, status);
        boolean editing = agency != null;
        page.addObject("form", form);
        page.addObject("editing", editing);
        page.addObject("agencyName", editing ? agency.details().name() : null);
        page.addObject("formAction", editing ? "/plans/organisations/agencies/" + agency.getId()
                : "/plans/organisations/agencies/new");
        page.addObject("parentChoices", parentChoices(editing ? agency.getId() : null, form.getParentId()));
        page.addObject("bodyChoices", bodyChoices(form.getSupervisingBodyId()));
        return page;
    }

    /**
     * The agencies it may sit under: the active ones, never itself or one below it; and the one it sits under now,
     * retired or not, so the form shows it as it is.
     */
    private List<Choice> parentChoices(String agencyId, String current) {
        List<AgencyRegistration> agencies = directory.registrations();
        Set<String> excluded = agencyId == null ? Set.of() : OrganisationTree.selfAndBelow(agencyId, agencies);
        List<Choice> choices = new ArrayList<>();
        for (AgencyRegistration a : agencies) {
            if (!excluded.contains(a.getId()) && (a.isActive() || a.getId().equals(current))) {
                choices.add(new Choice(a.getId(), a.details().name()));
            }
        }
        return choices;
    }

    private List<Choice> bodyChoices(String current) {
        List<Choice> choices = new ArrayList<>();
        for (BodyRegistration b : directory.bodyRegistrations()) {
            if (b.isActive() || b.getId().equals(current)) {
                choices.add(new Choice(b.getId(), b.details().name()));
            }
        }
        return choices;
    }
}

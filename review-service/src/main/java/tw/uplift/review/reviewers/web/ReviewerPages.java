package tw.uplift.review.reviewers.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.review.organisation.Agency;
import tw.uplift.review.organisation.Organisation;
import tw.uplift.review.reviewers.Availability;
import tw.uplift.review.reviewers.Reviewer;
import tw.uplift.review.reviewers.ReviewerLoads;
import tw.uplift.review.reviewers.ReviewerProfile;
import tw.uplift.review.reviewers.ReviewerRegistry;

/**
 * The reviewer pool's pages: the list ({@code /reviews/reviewers}: the caller's body, every body for an admin) and
 * one reviewer's page ({@code /reviews/reviewers/{id}}) with two forms for those who may edit — who the reviewer is
 * (name, home agency, agencies covered, active; lead for an admin) and when they are away with their delegate. What
 * the registry refuses comes back as the form with its error summary, nothing saved.
 */
@PageController
class ReviewerPages {

    private final ReviewerRegistry registry;
    private final ReviewerLoads loads;
    private final Organisation organisation;
    private final MessageSource messages;
    private final Clock clock;

    ReviewerPages(ReviewerRegistry registry, ReviewerLoads loads, Organisation organisation, MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.loads = loads;
        this.organisation = organisation;
        this.messages = messages;
    }

    /** One row of the list. */
    record Row(Reviewer reviewer, long openTasks, boolean awayToday, boolean mayEdit) {
    }

    @GetMapping("/reviews/reviewers")
    String list(CurrentUser user, @RequestParam(required = false) String saved, Model model) {
        List<Reviewer> pool = registry.list(user);
        Map<String, Long> open = loads.of(pool.stream().map(Reviewer::id).toList());
        LocalDate today = TaipeiTime.today(clock);
        model.addAttribute("rows", pool.stream().map(r -> new Row(r, open.getOrDefault(r.id(), 0L), r.awayOn(today),
                registry.mayEdit(r, user))).toList());
        model.addAttribute("saved", pool.stream().filter(r -> r.id().equals(saved)).findFirst().orElse(null));
        return "review/reviewers";
    }

    @GetMapping("/reviews/reviewers/{id}")
    ModelAndView reviewer(@PathVariable String id, CurrentUser user) {
        Reviewer reviewer = registry.get(id, user);
        return page(reviewer, user, ProfileForm.of(reviewer), AvailabilityForm.of(reviewer), List.of(), HttpStatus.OK);
    }

    @PostMapping("/reviews/reviewers/{id}")
    Object changeProfile(@PathVariable String id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String homeAgencyId, @RequestParam(required = false) List<String> covers,
            @RequestParam(required = false) String active, @RequestParam(required = false) String lead,
            CurrentUser user, Locale locale) {
        Reviewer reviewer = registry.get(id, user);
        ProfileForm form = new ProfileForm(name, homeAgencyId,
                registry.mayChangeLead(user) ? lead != null : reviewer.lead(), active != null,
                covers == null ? Set.of() : covers.stream().filter(c -> !c.isBlank()).collect(Collectors.toSet()));
        try {
            registry.changeProfile(id, user, new ReviewerProfile(form.name(), form.homeAgencyId(), form.lead(),
                    form.active(), form.covers()));
            return SeeOther.to("/reviews/reviewers?saved=" + id);
        } catch (InvalidInput refused) {
            return page(reviewer, user, form, AvailabilityForm.of(reviewer), errorsOf(refused, locale),
                    HttpStatus.BAD_REQUEST);
        }
    }

    @PostMapping("/reviews/reviewers/{id}/availability")
    Object changeAvailability(@PathVariable String id, @RequestParam(required = false) String awayFrom,
            @RequestParam(required = false) String awayTo, @RequestParam(required = false) String delegateId,
            CurrentUser user, Locale locale) {
        Reviewer reviewer = registry.get(id, user);
        AvailabilityForm form = new AvailabilityForm(awayFrom, awayTo, delegateId);
        List<PageError> errors = new ArrayList<>();
        LocalDate from = date(awayFrom, "awayFrom", errors, locale);
        LocalDate to = date(awayTo, "awayTo", errors, locale);
        if (errors.isEmpty()) {
            try {
                registry.changeAvailability(id, user, new Availability(from, to, delegateId));
                return SeeOther.to("/reviews/reviewers?saved=" + id);
            } catch (InvalidInput refused) {
                errors.addAll(errorsOf(refused, locale));
            }
        }
        return page(reviewer, user, ProfileForm.of(reviewer), form, errors, HttpStatus.BAD_REQUEST);
    }

    private LocalDate date(String value, String field, List<PageError> errors, Locale locale) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new PageError(field, text("reviewers.error.date", locale)));
            return null;
        }
    }

    /** The registry's problems in the viewer's words, each on the field it names. */
    private List<PageError> errorsOf(InvalidInput refused, Locale locale) {
        return refused.problems().stream().map(p -> new PageError(p.field(),
                messages.getMessage("reviewers.error." + p.field(), null, p.message(), locale))).toList();
    }

    private ModelAndView page(Reviewer reviewer, CurrentUser user, ProfileForm profile, AvailabilityForm availability,
            List<PageError> errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("review/reviewer", status);
        page.addObject("reviewer", reviewer);
        page.addObject("mayEdit", registry.mayEdit(reviewer, user));
        page.addObject("mayChangeLead", registry.mayChangeLead(user));
        page.addObject("profile", profile);
        page.addObject("availability", availability);
        page.addObject("agencies", agenciesFor(reviewer));
        page.addObject("colleagues", registry.list(user).stream()
                .filter(r -> r.bodyId().equals(reviewer.bodyId()) && !r.id().equals(reviewer.id()) && r.active())
                .toList());
        page.addObject("errors", errors);
        page.addObject("errorFields", errors.stream().map(PageError::field).collect(Collectors.toSet()));
        return page;
    }

    /** The body's agencies to tick, with any already covered that the organisation copy does not know (yet). */
    private List<Agency> agenciesFor(Reviewer reviewer) {
        List<Agency> known = new ArrayList<>(organisation.agenciesOf(reviewer.bodyId()));
        reviewer.covers().stream().filter(id -> known.stream().noneMatch(a -> a.id().equals(id)))
                .forEach(id -> known.add(new Agency(id, null, null, reviewer.bodyId(), true)));
        return known;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }


    /** The profile form as shown (what was typed, after a refusal). */
    record ProfileForm(String name, String homeAgencyId, boolean lead, boolean active, Set<String> covers) {

        static ProfileForm of(Reviewer r) {
            return new ProfileForm(r.name(), r.homeAgencyId(), r.lead(), r.active(), r.covers());
        }
    }

    /** The availability form as shown: the dates as typed (yyyy-mm-dd), so a wrong one is shown back. */
    record AvailabilityForm(String awayFrom, String awayTo, String delegateId) {

        static AvailabilityForm of(Reviewer r) {
            Availability a = r.availability();
            return new AvailabilityForm(a.awayFrom() == null ? "" : a.awayFrom().toString(),
                    a.awayTo() == null ? "" : a.awayTo().toString(), a.delegateId());
        }
    }
}

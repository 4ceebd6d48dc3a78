package tw.uplift.survey.console.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDesign;
import tw.uplift.survey.results.ResultsPublishing;
import tw.uplift.survey.results.SurveyResults;
import tw.uplift.survey.results.TallyStore;

/**
 * The agency's survey desk (滿意度調查) for AGENCY_STAFF and AGENCY_HEAD: its surveys ({@code /surveys}), a new one
 * ({@code /surveys/new}), and one survey ({@code /surveys/{id}}) with its public link, QR code, kiosk link and the
 * buttons that open and close it. Everything goes through {@link SurveyDesign} and {@link ResultsPublishing}, which
 * scope every read and change by the caller's agency: another agency's survey is "not found".
 */
@PageController
class SurveyConsolePages {

    private final SurveyDesign design;
    private final ResultsPublishing publishing;
    private final TallyStore tallies;
    private final MessageSource messages;
    private final Clock clock;

    SurveyConsolePages(SurveyDesign design, ResultsPublishing publishing, TallyStore tallies, MessageSource messages,
            Clock clock) {
        this.clock = clock;
        this.design = design;
        this.publishing = publishing;
        this.tallies = tallies;
        this.messages = messages;
    }

    /** One row of the list: the survey and its live n and satisfaction rate. */
    record Row(Survey survey, SurveyResults results) {
    }

    @GetMapping("/surveys")
    ModelAndView list(CurrentUser user) {
        // a read of the running aggregate per survey: an agency runs a few surveys a year
        List<Row> rows = design.list(user).stream()
                .map(s -> new Row(s, tallies.results(s))).toList();
        return new ModelAndView("survey/console/list").addObject("rows", rows);
    }

    @GetMapping("/surveys/new")
    ModelAndView newSurvey(CurrentUser user) {
        user.requireAgency();
        return formPage(SurveyForm.blank(), List.of());
    }

    /**
     * Creates the survey in DRAFT, or shows the form again with every problem (nothing saved). "Add questions" only
     * adds slots.
     */
    @PostMapping("/surveys/new")
    ModelAndView create(CurrentUser user, @ModelAttribute("form") SurveyForm form,
            @RequestParam(defaultValue = "save") String intent, Locale locale) {
        user.requireAgency();
        if (form.apply(intent)) {
            return formPage(form, List.of());
        }
        List<String> unreadable = new ArrayList<>();
        SurveyForm.Reading reading = form.read(unreadable);
        if (!unreadable.isEmpty()) {
            return formPage(form, DraftProblems.unreadable(unreadable, messages, locale));
        }
        try {
            Survey survey = design.create(user, reading.draft());
            return new ModelAndView(SeeOther.to("/surveys/" + survey.getId() + "?done=created"));
        } catch (InvalidInput refused) {
            return formPage(form, DraftProblems.of(refused, reading.slotOfQuestion(), messages, locale));
        }
    }

    @GetMapping("/surveys/{id}")
    ModelAndView show(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String done) {
        Survey survey = design.get(user, id);
        return new ModelAndView("survey/console/show").addObject("survey", survey)
                .addObject("results", tallies.results(survey)).addObject("done", done)
                // the address citizens are given: the one this page was reached at (the gateway's)
                .addObject("publicLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/public/surveys/{id}").buildAndExpand(id).toUriString());
    }

    /** DRAFT → OPEN; a second click changes nothing. A closing time already past is refused (409 page). */
    @PostMapping("/surveys/{id}/open")
    ModelAndView open(CurrentUser user, @PathVariable String id) {
        design.open(user, id);
        return new ModelAndView(SeeOther.to("/surveys/" + id + "?done=opened"));
    }

    /** Asks before closing: a closed survey takes no answer again and its results are published. */
    @GetMapping("/surveys/{id}/close")
    ModelAndView confirmClose(CurrentUser user, @PathVariable String id) {
        Survey survey = design.get(user, id);
        return new ModelAndView("survey/console/close").addObject("survey", survey)
                .addObject("results", tallies.results(survey));
    }

    @PostMapping("/surveys/{id}/close")
    ModelAndView close(CurrentUser user, @PathVariable String id) {
        publishing.close(user, id);
        return new ModelAndView(SeeOther.to("/surveys/" + id + "?done=closed"));
    }

    private ModelAndView formPage(SurveyForm form, List<PageError> errors) {
        ModelAndView page = new ModelAndView("survey/console/new");
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("formErrors", new FormErrors(errors));
        page.addObject("kinds", QuestionKind.values());
        page.addObject("maxQuestions", Survey.MAX_QUESTIONS);
        page.addObject("today", LocalDate.now(clock.withZone(SurveyForm.TAIPEI)));
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }
}

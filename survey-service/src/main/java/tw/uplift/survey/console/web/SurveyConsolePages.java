package tw.uplift.survey.console.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.pages.FormErrors;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.answering.kiosk.Kiosks;
import tw.uplift.survey.design.QuestionBank;
import tw.uplift.survey.design.QuestionBank.Driver;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.SegmentKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDesign;
import tw.uplift.survey.results.ResultsPublishing;
import tw.uplift.survey.results.SurveyResults;
import tw.uplift.survey.results.TallyStore;

/**
 * The agency's survey desk (滿意度調查) for AGENCY_STAFF and AGENCY_HEAD: its surveys ({@code /surveys}), a new one
 * built from the question bank and the agency's own questions ({@code /surveys/new}), and one survey
 * ({@code /surveys/{id}}) with its public links per segment, QR codes, posters, kiosk links (made and revoked here)
 * and the buttons that open and close it. Everything goes through {@link SurveyDesign}, {@link ResultsPublishing}
 * and {@link Kiosks}, which scope every read and change by the caller's agency: another agency's survey is "not
 * found".
 */
@PageController
class SurveyConsolePages {

    private final SurveyDesign design;
    private final ResultsPublishing publishing;
    private final TallyStore tallies;
    private final QuestionBank bank;
    private final SurveyLinks links;
    private final Kiosks kiosks;
    private final MessageSource messages;
    private final Clock clock;

    SurveyConsolePages(SurveyDesign design, ResultsPublishing publishing, TallyStore tallies, QuestionBank bank,
            SurveyLinks links, Kiosks kiosks, MessageSource messages, Clock clock) {
        this.clock = clock;
        this.bank = bank;
        this.links = links;
        this.kiosks = kiosks;
        this.design = design;
        this.publishing = publishing;
        this.tallies = tallies;
        this.messages = messages;
    }

    /** One row of the list: the survey and its live n and satisfaction rate. */
    record Row(Survey survey, SurveyResults results) {
    }

    /** The bank's items about one driver, as the form groups its checkboxes. */
    record BankGroup(Driver driver, List<QuestionBank.Item> items) {
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
        SurveyForm.Reading reading = form.read(bank, unreadable);
        if (!unreadable.isEmpty()) {
            return formPage(form, DraftProblems.unreadable(unreadable, messages, locale));
        }
        try {
            Survey survey = design.create(user, reading.draft());
            return new ModelAndView(SeeOther.to("/surveys/" + survey.getId() + "?done=created"));
        } catch (InvalidInput refused) {
            return formPage(form, DraftProblems.of(refused, reading, messages, locale));
        }
    }

    @GetMapping("/surveys/{id}")
    ModelAndView show(CurrentUser user, @PathVariable String id, @RequestParam(required = false) String done) {
        Survey survey = design.get(user, id);
        return new ModelAndView("survey/console/show").addObject("survey", survey)
                .addObject("results", tallies.results(survey)).addObject("done", done)
                .addObject("shareRows", links.share(survey))
                .addObject("kioskRows", links.kiosks(user, survey));
    }

    /**
     * A new kiosk link for a counter tablet, for the survey's own answers or one segment's (the choice of the
     * form; a segment the survey does not have is bad input, a closed survey a 409 page). A double click makes two
     * links, each revocable: no answer counts twice because of it.
     */
    @PostMapping("/surveys/{id}/kiosks")
    ModelAndView createKiosk(CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String segment) {
        kiosks.create(user, id, segment);
        return new ModelAndView(SeeOther.to("/surveys/" + id + "?done=kioskCreated#kiosks"));
    }

    /** Switches a kiosk link off for good (a lost tablet); a second click changes nothing. */
    @PostMapping("/surveys/{id}/kiosks/{key}/revoke")
    ModelAndView revokeKiosk(CurrentUser user, @PathVariable String id, @PathVariable String key) {
        kiosks.revoke(user, id, key);
        return new ModelAndView(SeeOther.to("/surveys/" + id + "?done=kioskRevoked#kiosks"));
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

    /** The bank's items by driver, the drivers in the order the bank first names them. */
    private List<BankGroup> bankGroups() {
        Map<Driver, List<QuestionBank.Item>> byDriver = new LinkedHashMap<>();
        bank.items().forEach(item -> byDriver.computeIfAbsent(item.driver(), d -> new ArrayList<>()).add(item));
        return byDriver.entrySet().stream().map(e -> new BankGroup(e.getKey(), List.copyOf(e.getValue()))).toList();
    }

    private ModelAndView formPage(SurveyForm form, List<PageError> errors) {
        ModelAndView page = new ModelAndView("survey/console/new");
        page.addObject("form", form);
        page.addObject("errors", errors);
        page.addObject("formErrors", new FormErrors(errors));
        page.addObject("kinds", QuestionKind.values());
        page.addObject("segmentKinds", SegmentKind.values());
        page.addObject("bankGroups", bankGroups());
        page.addObject("firstBankItem", bank.items().isEmpty() ? null : bank.items().getFirst().id());
        page.addObject("maxQuestions", Survey.MAX_QUESTIONS);
        page.addObject("maxSegments", Survey.MAX_SEGMENTS);
        page.addObject("today", LocalDate.now(clock.withZone(SurveyForm.TAIPEI)));
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }
        return page;
    }
}

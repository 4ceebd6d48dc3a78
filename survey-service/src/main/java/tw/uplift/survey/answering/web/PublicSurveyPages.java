package tw.uplift.survey.answering.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.survey.answering.Answering;
import tw.uplift.survey.answering.Availability;
import tw.uplift.survey.answering.BrowserAnswers;
import tw.uplift.survey.answering.RefusedAnswers;
import tw.uplift.survey.answering.RefusedAnswers.Reason;
import tw.uplift.survey.answering.Availability.Phase;
import tw.uplift.survey.design.Survey;

/**
 * The citizen's pages, reached by a link and without login: the answer form at {@code /public/surveys/{id}} (the
 * same address as the API's questions; a browser asks for HTML and gets this page), the thank-you page after it,
 * and a polite page instead of the form when the survey is closed (410 Gone: it will not take answers again) or
 * not open yet (200). Posting goes through {@link Answering} like the API, behind the same guards
 * ({@link PublicPostGuard} covers {@code /public/*}), so the rules and the counting are the API's.
 */
@PageController
class PublicSurveyPages {

    private final Answering answering;
    private final BrowserAnswers browserAnswers;
    private final RefusedAnswers refusals;
    private final MessageSource messages;
    private final AnswerErrors answerErrors;
    private final Clock clock;

    PublicSurveyPages(Answering answering, BrowserAnswers browserAnswers, RefusedAnswers refusals,
            MessageSource messages, Clock clock) {
        this.answering = answering;
        this.browserAnswers = browserAnswers;
        this.refusals = refusals;
        this.messages = messages;
        this.answerErrors = new AnswerErrors(messages);
        this.clock = clock;
    }

    /**
     * The form, and the browser's token for this survey (see {@link BrowserToken}). A browser that has answered
     * already is told so at once (one read by id) instead of filling in a form that would be refused. A segment's
     * link (and QR code) adds {@code ?segment=<id>}; a segment the survey does not have is "not found" rather than
     * answers counted under no segment without anyone noticing.
     */
    @GetMapping(path = "/public/surveys/{id}", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView form(@PathVariable String id, @RequestParam(required = false) String segment, Locale locale,
            HttpServletRequest request, HttpServletResponse response) {
        Availability availability = answering.availability(id);
        if (availability.phase() != Phase.OPEN) {
            return unavailable(availability, false);
        }
        Survey survey = availability.survey();
        if (segment != null && survey.segment(segment).isEmpty()) {
            throw new NotFoundException("segment", segment);
        }
        String token = BrowserToken.issue(request, response, id, clock.instant(), survey.closesAt());
        if (browserAnswers.answered(id, token)) {
            return alreadyAnswered(survey, locale, HttpStatus.OK);
        }
        return formPage(survey, AnswerForm.blank(survey, segment), List.of(), locale, HttpStatus.OK);
    }

    /**
     * The answers. Refused by the rules: the form again with an error summary, nothing counted. Closed meanwhile
     * (also between our look and the count): the closed page, nothing counted. Sent again with the same response
     * key (a double click, the back button): the first answers stand, and the citizen is thanked again.
     */
    @PostMapping("/public/surveys/{id}/answers")
    Object answer(@PathVariable String id, @RequestParam MultiValueMap<String, String> fields, Locale locale,
            HttpServletRequest request) {
        Availability availability = answering.availability(id);
        if (availability.phase() != Phase.OPEN) {
            return unavailable(availability, true);
        }
        Survey survey = availability.survey();
        if (SpamTrap.caught(fields.toSingleValueMap())) {
            refusals.count(Reason.SPAM_TRAP);
            return SpamTrap.refusedPage();
        }
        AnswerForm form = AnswerForm.posted(survey, fields);
        // With the browser's token, its answer is the one under (survey, token); without (cookies off), the form's.
        String token = BrowserToken.of(request);
        try {
            answering.answer(id, form.segment(), token == null ? form.responseKey() : BrowserAnswers.keyOf(token),
                    form.answers());
            return thanks(id);
        } catch (InvalidInput refused) {
            return formPage(survey, form, answerErrors.of(refused, survey, form, locale), locale, HttpStatus.BAD_REQUEST);
        } catch (RuleViolationException refused) {
            return switch (refused.code()) {
                case "survey-closed" -> unavailable(answering.availability(id), true);
                case "idempotency-key-reused" -> {
                    if (token == null) {
                        yield thanks(id); // the same form sent again after the back button: the first answers stand
                    }
                    refusals.count(Reason.ALREADY_ANSWERED);
                    yield alreadyAnswered(survey, locale, HttpStatus.CONFLICT);
                }
                default -> throw refused;
            };
        }
    }

    /**
     * The form's own address asked for by GET: the language switch of a form shown again with its errors links
     * here (the page's address is where it was posted). The switch has taken effect by now (its cookie is set), so
     * back to the form, in the chosen language; what was typed is not kept, as with any language switch.
     */
    @GetMapping("/public/surveys/{id}/answers")
    RedirectView backToTheForm(@PathVariable String id) {
        return SeeOther.to("/public/surveys/" + id);
    }

    @GetMapping(path = "/public/surveys/{id}/thanks", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView thanks(@PathVariable String id, Locale locale) {
        Availability availability = answering.availability(id);
        ModelAndView page = new ModelAndView("survey/thanks");
        page.addObject("surveyTitle", availability.survey() == null ? null : availability.survey().title().in(locale));
        return page;
    }

    private ModelAndView formPage(Survey survey, AnswerForm form, List<PageError> errors, Locale locale,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("survey/answer", status);
        page.addObject("surveyId", survey.getId());
        page.addObject("surveyTitle", survey.title().in(locale));
        page.addObject("closesAt", survey.closesAt());
        page.addObject("questions", survey.questions().stream()
                .map(q -> QuestionView.of(q, form.values(q.id()), locale,
                        score -> text("survey.likert." + score, locale)))
                .toList());
        page.addObject("responseKey", form.responseKey());
        page.addObject("segment", form.segment());
        page.addObject("segmentName", form.segment() == null ? null
                : survey.segment(form.segment()).map(s -> s.name().in(locale)).orElse(null));
        page.addObject("spamTrap", SpamTrap.FIELD);
        page.addObject("errors", errors);
        return page;
    }

    /** This browser has answered this survey already (200 when it only looked, 409 when it sent other answers). */
    private static ModelAndView alreadyAnswered(Survey survey, Locale locale, HttpStatus status) {
        ModelAndView page = new ModelAndView("survey/already-answered", status);
        page.addObject("surveyTitle", survey.title().in(locale));
        return page;
    }

    /**
     * The page instead of the form. Closed: 410, whether asked for or posted to. Not open yet: 200 to a visitor
     * (nothing is wrong with their link), 409 to a post (it was not taken).
     */
    static ModelAndView unavailable(Availability availability, boolean posted) {
        HttpStatus status = switch (availability.phase()) {
            case CLOSED -> HttpStatus.GONE;
            case NOT_YET_OPEN -> posted ? HttpStatus.CONFLICT : HttpStatus.OK;
            case OPEN -> throw new IllegalStateException("an open survey has its form");
        };
        ModelAndView page = new ModelAndView("survey/unavailable", status);
        page.addObject("phase", availability.phase().name());
        page.addObject("survey", availability.survey());
        page.addObject("closedOn", availability.closedOn());
        return page;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private static RedirectView thanks(String id) {
        return SeeOther.to("/public/surveys/" + id + "/thanks");
    }

}

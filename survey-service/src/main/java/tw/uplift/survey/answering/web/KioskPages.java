package tw.uplift.survey.answering.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.pages.PageError;
import tw.uplift.platform.pages.SeeOther;
import tw.uplift.survey.answering.AnswerRules;
import tw.uplift.survey.answering.Answering;
import tw.uplift.survey.answering.Availability;
import tw.uplift.survey.answering.Availability.Phase;
import tw.uplift.survey.answering.kiosk.Kiosk;
import tw.uplift.survey.answering.kiosk.KioskProperties;
import tw.uplift.survey.answering.kiosk.Kiosks;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.Survey;

/**
 * Kiosk mode (平板填答模式): a survey on a counter tablet, one question at a time, citizen after citizen.
 *
 * <p><b>Steps without a session.</b> Each step is a page of its own, posted to {@code …/steps}: the question shown,
 * the answers so far in hidden fields, the response key. Nothing is stored until the last step, so a citizen who
 * walks away leaves nothing half-written; each step is checked with the same {@link AnswerRules} as the form, on
 * its own, and the last one sends everything through {@link Answering#answer} like the form does.
 *
 * <p><b>No browser token.</b> One tablet serves many citizens, so the one-answer-per-browser cookie
 * ({@link BrowserToken}) would refuse everyone after the first: these pages never read nor set it (its path is
 * {@code /public/surveys/<id>}, so the tablet does not even send it here). A fresh response key per citizen keeps
 * a double tap on 送出 to one answer. Who holds the link is trusted that far; that is why it is a revocable key.
 *
 * <p><b>Next citizen.</b> The thank-you page and the idle timer (kiosk.js, progressive enhancement, times from
 * {@link KioskProperties}) go back to the first question in 繁體中文, whatever the previous citizen chose, and the
 * pages are {@code no-store} so the browser's back button does not show the previous citizen's answers.
 */
@PageController
class KioskPages {

    static final String PATH = "/public/kiosks/{key}";

    private static final String NO_STORE = "no-store";
    /** The kiosk's own language for each new citizen. */
    private static final String FIRST_LANGUAGE = "zh-TW";

    private final Kiosks kiosks;
    private final Answering answering;
    private final KioskProperties timers;
    private final AnswerErrors answerErrors;
    private final MessageSource messages;

    KioskPages(Kiosks kiosks, Answering answering, KioskProperties timers, MessageSource messages) {
        this.kiosks = kiosks;
        this.answering = answering;
        this.timers = timers;
        this.answerErrors = new AnswerErrors(messages);
        this.messages = messages;
    }

    /**
     * The first question, with a fresh response key: where every citizen starts. {@code restarted} says why it
     * starts again (the language was switched on a page without the script that keeps the answers).
     */
    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView first(@PathVariable String key, @RequestParam(required = false) String restarted, Locale locale,
            HttpServletResponse response) {
        Kiosk kiosk = active(key, response);
        if (kiosk == null) {
            return notFound();
        }
        Availability availability = answering.availability(kiosk.surveyId());
        if (availability.phase() != Phase.OPEN) {
            return PublicSurveyPages.unavailable(availability, false);
        }
        Survey survey = availability.survey();
        ModelAndView page = step(kiosk, survey, AnswerForm.blank(survey, kiosk.segment()), 0, List.of(), locale,
                HttpStatus.OK);
        page.addObject("restarted", restarted != null);
        return page;
    }

    /**
     * A step answered: {@code go} is {@code next} (check this question, then the next one), {@code back} (the one
     * before, unchecked), {@code stay} (the same again: the script's language switch) or {@code send} (check it,
     * then count everything). A question refused comes back with an error summary linking to it (400).
     */
    @PostMapping(PATH + "/steps")
    Object answer(@PathVariable String key, @RequestParam MultiValueMap<String, String> fields, Locale locale,
            HttpServletResponse response) {
        Kiosk kiosk = active(key, response);
        if (kiosk == null) {
            return notFound();
        }
        Availability availability = answering.availability(kiosk.surveyId());
        if (availability.phase() != Phase.OPEN) {
            return PublicSurveyPages.unavailable(availability, true);
        }
        Survey survey = availability.survey();
        AnswerForm form = AnswerForm.posted(survey, fields);
        int last = survey.questions().size() - 1;
        int at = Math.clamp(number(fields.getFirst("step")), 0, last);
        String go = String.valueOf(fields.getFirst("go"));
        switch (go) {
            case "back" -> {
                return step(kiosk, survey, form, Math.max(at - 1, 0), List.of(), locale, HttpStatus.OK);
            }
            case "stay" -> {
                return step(kiosk, survey, form, at, List.of(), locale, HttpStatus.OK);
            }
            default -> {
                // next or send (anything else is a hand-made request: treated as next)
            }
        }
        Question shown = survey.questions().get(at);
        List<PageError> errors = problemsOf(survey, form, shown, locale);
        if (!errors.isEmpty()) {
            return step(kiosk, survey, form, at, errors, locale, HttpStatus.BAD_REQUEST);
        }
        if (at < last && !"send".equals(go)) {
            return step(kiosk, survey, form, at + 1, List.of(), locale, HttpStatus.OK);
        }
        return send(kiosk, survey, form, locale);
    }

    /**
     * The steps' own address asked for by GET: the layout's language switch on a step links here. Without the
     * script (which posts the answers along with the switch) they cannot come along, so the kiosk starts again in
     * the chosen language and says why.
     */
    @GetMapping(PATH + "/steps")
    RedirectView restart(@PathVariable String key) {
        return SeeOther.to(UriComponentsBuilder.fromPath(PATH).queryParam("restarted", "language").buildAndExpand(key)
                .toUriString());
    }

    @GetMapping(path = PATH + "/thanks", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView thanks(@PathVariable String key, Locale locale, HttpServletResponse response) {
        Kiosk kiosk = active(key, response);
        if (kiosk == null) {
            return notFound();
        }
        Availability availability = answering.availability(kiosk.surveyId());
        ModelAndView page = new ModelAndView("survey/kiosk/thanks");
        page.addObject("surveyTitle", availability.survey() == null ? null : availability.survey().title().in(locale));
        page.addObject("nextUrl", firstQuestion(key));
        page.addObject("nextSeconds", timers.nextSeconds());
        return page;
    }

    /**
     * Counts the citizen's answers under the kiosk's segment and their response key. Sent twice (a double tap, a
     * reload) the first answers stand and the citizen is thanked again. Refused as a whole (a hidden answer of an
     * earlier step altered): the first question with a problem again, with its errors.
     */
    private Object send(Kiosk kiosk, Survey survey, AnswerForm form, Locale locale) {
        try {
            answering.answer(survey.getId(), kiosk.segment(), form.responseKey(), form.answers());
            return SeeOther.to(UriComponentsBuilder.fromPath(PATH + "/thanks").buildAndExpand(kiosk.key())
                    .toUriString());
        } catch (InvalidInput refused) {
            List<PageError> all = answerErrors.of(refused, survey, form, locale);
            int first = all.isEmpty() ? 0 : indexOfField(survey, all.getFirst().field());
            String field = AnswerForm.fieldOf(survey.questions().get(first).id());
            return step(kiosk, survey, form, first, all.stream().filter(e -> e.field().equals(field)).toList(),
                    locale, HttpStatus.BAD_REQUEST);
        } catch (RuleViolationException refused) {
            return switch (refused.code()) {
                case "survey-closed" -> PublicSurveyPages.unavailable(answering.availability(survey.getId()), true);
                // the same key with other answers: back on a tablet, changed, sent again; the first answers stand
                case "idempotency-key-reused" -> SeeOther.to(UriComponentsBuilder.fromPath(PATH + "/thanks")
                        .buildAndExpand(kiosk.key()).toUriString());
                default -> throw refused;
            };
        }
    }

    /**
     * The rules' problems with the question shown, on its own. An optional question left out has none; one left
     * out that is required is named as missing. Problems of other questions wait for their own steps.
     */
    private List<PageError> problemsOf(Survey survey, AnswerForm form, Question shown, Locale locale) {
        AnswerForm one = form.only(shown.id());
        if (one.values(shown.id()).isEmpty() && !shown.required()) {
            return List.of();
        }
        try {
            AnswerRules.check(survey, one.answers());
            return List.of();
        } catch (InvalidInput refused) {
            String field = AnswerForm.fieldOf(shown.id());
            return answerErrors.of(refused, survey, one, locale).stream().filter(e -> e.field().equals(field))
                    .toList();
        }
    }

    private ModelAndView step(Kiosk kiosk, Survey survey, AnswerForm form, int at, List<PageError> errors,
            Locale locale, HttpStatus status) {
        Question q = survey.questions().get(at);
        String field = AnswerForm.fieldOf(q.id());
        ModelAndView page = new ModelAndView("survey/kiosk/step", status);
        page.addObject("key", kiosk.key());
        page.addObject("surveyTitle", survey.title().in(locale));
        page.addObject("segmentName", kiosk.segment() == null ? null
                : survey.segment(kiosk.segment()).map(s -> s.name().in(locale)).orElse(null));
        page.addObject("question", QuestionView.of(q, form.values(q.id()), locale,
                score -> messages.getMessage("survey.likert." + score, null, locale)));
        page.addObject("step", at);
        page.addObject("total", survey.questions().size());
        page.addObject("last", at == survey.questions().size() - 1);
        // The other questions' answers ride along; the one shown is its inputs (so unticking a box takes effect).
        page.addObject("carried", form.fields().stream().filter(e -> !e.getKey().equals(field))
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        page.addObject("responseKey", form.responseKey());
        page.addObject("errors", errors);
        page.addObject("restarted", false);
        page.addObject("idleSeconds", timers.idleSeconds());
        page.addObject("warningSeconds", timers.warningSeconds());
        page.addObject("restartUrl", firstQuestion(kiosk.key()));
        return page;
    }

    /** The first question for the next citizen, in the kiosk's own language. */
    private static String firstQuestion(String key) {
        return UriComponentsBuilder.fromPath(PATH).queryParam("lang", FIRST_LANGUAGE).buildAndExpand(key)
                .toUriString();
    }

    /** A key never made, revoked or malformed: one polite page, the same for all (nothing to tell them apart by). */
    /**
     * The kiosk of this key while it is not revoked, else null. Its pages are never stored by the browser, so the
     * next citizen cannot page back to the answers of the one before.
     */
    private Kiosk active(String key, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        return kiosks.active(key).orElse(null);
    }

    private static ModelAndView notFound() {
        return new ModelAndView("survey/kiosk/not-found", HttpStatus.NOT_FOUND);
    }

    private static int indexOfField(Survey survey, String field) {
        List<Question> questions = survey.questions();
        for (int i = 0; i < questions.size(); i++) {
            if (AnswerForm.fieldOf(questions.get(i).id()).equals(field)) {
                return i;
            }
        }
        return 0;
    }

    private static int number(String posted) {
        try {
            return posted == null ? 0 : Integer.parseInt(posted.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}

package tw.uplift.survey.console.web;

import java.time.Clock;
import java.util.Locale;
import java.util.stream.Collectors;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.answering.FreeTextAnswers;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDesign;
import tw.uplift.survey.results.PreviousSurvey;
import tw.uplift.survey.results.SurveyResults;
import tw.uplift.survey.results.TallyStore;

/**
 * A survey's live results for its agency ({@code /surveys/{id}/results}: charts with their tables, reliability,
 * the trend against the previous survey of the same name, and the free-text answers a page at a time) and the same
 * as a printable A4 report ({@code /surveys/{id}/report}, without the free text: a report is handed around).
 */
@PageController
class SurveyResultsPages {

    private final SurveyDesign design;
    private final TallyStore tallies;
    private final PreviousSurvey previous;
    private final FreeTextAnswers freeText;
    private final MessageSource messages;
    private final Clock clock;

    SurveyResultsPages(SurveyDesign design, TallyStore tallies, PreviousSurvey previous, FreeTextAnswers freeText,
            MessageSource messages, Clock clock) {
        this.clock = clock;
        this.design = design;
        this.tallies = tallies;
        this.previous = previous;
        this.freeText = freeText;
        this.messages = messages;
    }

    @GetMapping("/surveys/{id}/results")
    ModelAndView results(CurrentUser user, @PathVariable String id, @RequestParam(defaultValue = "0") int page,
            Locale locale) {
        Survey survey = design.get(user, id);
        return view("survey/console/results", survey, locale)
                .addObject("comments", freeText.of(survey, page));
    }

    @GetMapping("/surveys/{id}/report")
    ModelAndView report(CurrentUser user, @PathVariable String id, Locale locale) {
        return view("survey/console/report", design.get(user, id), locale).addObject("printedAt", clock.instant());
    }

    private ModelAndView view(String template, Survey survey, Locale locale) {
        SurveyResults results = tallies.results(survey);
        ResultsView view = ResultsView.of(survey, results, previous.of(survey), locale,
                (key, args) -> messages.getMessage(key, args, locale));
        return new ModelAndView(template).addObject("survey", survey).addObject("view", view)
                .addObject("questionTexts", survey.questions().stream().filter(q -> q.kind() == QuestionKind.TEXT)
                        .collect(Collectors.toMap(Question::id, q -> q.text().in(locale))));
    }
}

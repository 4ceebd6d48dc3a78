package tw.uplift.survey.opendata;

import java.util.Optional;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.results.SurveyResults;

/**
 * A CLOSED survey with the results it published (已公布結果): the small segments withheld.
 *
 * @param survey  the survey (never handed out as it is: it names who created it)
 * @param results its {@link SurveyResults#published() published} results
 */
public record PublishedSurvey(Survey survey, SurveyResults results) {

    /**
     * The survey's year: the ROC year its window opened in, in Taipei (a survey run from December into January
     * belongs to the year it was run for, not the one it happened to close in).
     */
    public int rocYear() {
        return RocYear.of(TaipeiTime.dateOf(survey.opensAt())).value();
    }

    /**
     * Whether its satisfaction rate (CSAT) reached the threshold it was held to (達標), the same comparison
     * review-service makes ({@code >=}); empty for a survey without a Likert item or without answers.
     */
    public Optional<Boolean> met() {
        return Optional.ofNullable(results.csat()).map(csat -> csat >= results.threshold());
    }

    /** The NPS of its first 0–10 item (淨推薦值), if it has one with answers. */
    public Optional<Double> netPromoterScore() {
        return results.questions().stream().filter(q -> q.kind() == QuestionKind.NPS_10).findFirst()
                .map(SurveyResults.QuestionResult::netPromoterScore);
    }
}

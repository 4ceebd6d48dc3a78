package tw.uplift.survey.design;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.domain.InvalidInput.Problem;

/**
 * What staff give to create a survey.
 *
 * @param title                 in 繁體中文 (required) and English
 * @param measure               the measure its results are evidence for, or {@link MeasureLink#NONE}
 * @param questions             1 to {@value Survey#MAX_QUESTIONS}, see {@link QuestionRules}
 * @param satisfactionThreshold the satisfaction rate it is held to, more than 0 and at most 1; null for
 *                              {@link SurveyResultsPublished#DEFAULT_THRESHOLD}
 * @param closesAt              when it stops taking answers, in the future; null for "when staff close it"
 */
public record SurveyDraft(LocalizedText title, MeasureLink measure, List<Question> questions,
        Double satisfactionThreshold, Instant closesAt) {

    public SurveyDraft {
        measure = measure == null ? MeasureLink.NONE : measure;
    }

    /** The threshold that applies: the one given, or the default. */
    double threshold() {
        return satisfactionThreshold == null ? SurveyResultsPublished.DEFAULT_THRESHOLD : satisfactionThreshold;
    }

    /** Every rule the draft breaks, as it would be at {@code now}, each naming its field. */
    List<Problem> problemsAt(Instant now) {
        List<Problem> problems = new ArrayList<>();
        if (!LocalizedText.hasChinese(title)) {
            problems.add(new Problem("title.zh", "a title in 繁體中文 is required"));
        }
        if (satisfactionThreshold != null && !(satisfactionThreshold > 0 && satisfactionThreshold <= 1)) {
            problems.add(new Problem("satisfactionThreshold", "must be more than 0 and at most 1"));
        }
        if (closesAt != null && !closesAt.isAfter(now)) {
            problems.add(new Problem("closesAt", "must be in the future"));
        }
        problems.addAll(QuestionRules.check(questions));
        return problems;
    }
}

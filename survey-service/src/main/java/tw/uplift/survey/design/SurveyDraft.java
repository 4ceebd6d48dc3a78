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
 * @param segments              its segments (分眾), each with its own link; none for one survey-wide link
 * @param targetPopulation      how many people the survey is about (e.g. the visitors in its window), when known:
 *                              for the response rate and the finite population correction; else null
 * @param sampleSize            how many answers are planned, when there is a plan; else null
 */
public record SurveyDraft(LocalizedText title, MeasureLink measure, List<Question> questions,
        Double satisfactionThreshold, Instant closesAt, List<Segment> segments, Long targetPopulation,
        Integer sampleSize) {

    public SurveyDraft {
        measure = measure == null ? MeasureLink.NONE : measure;
        // An empty slot stays (not List.copyOf, which throws on it), so SegmentRules can name it as bad input.
        segments = segments == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(segments));
    }

    /** A survey without segments and without a known population. */
    public SurveyDraft(LocalizedText title, MeasureLink measure, List<Question> questions,
            Double satisfactionThreshold, Instant closesAt) {
        this(title, measure, questions, satisfactionThreshold, closesAt, List.of(), null, null);
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
        problems.addAll(SegmentRules.check(segments, targetPopulation, sampleSize));
        return problems;
    }
}

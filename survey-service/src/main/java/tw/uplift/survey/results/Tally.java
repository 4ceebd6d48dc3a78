package tw.uplift.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.uplift.survey.statistics.ReliabilitySums;

/**
 * The running aggregate of one survey as read: the number of counted responses and, per question, a counter per
 * bucket (a Likert score {@code s1..s5}, a chosen option {@code c_<option>}, or {@code answered} for free text).
 * Updated by {@code $inc} per response, read by {@code _id}; responses are never scanned to produce results.
 *
 * @param surveyId the survey (the document's {@code _id})
 * @param responses counted responses (n)
 * @param counts question id → bucket → count
 * @param scale the running sums over the responses that scored every Likert question (see {@link TallyStore})
 * @param closed whether the survey stopped counting (set when it is closed; later answers are refused)
 */
public record Tally(String surveyId, long responses, Map<String, Map<String, Long>> counts, ScaleSums scale,
        boolean closed) {

    public static final String ANSWERED = "answered";

    /**
     * The sums Cronbach's α needs, as stored: keyed by question, since the scale's order is the survey's.
     *
     * @param respondents responses that scored every Likert question
     * @param totalSum Σ total
     * @param totalSumOfSquares Σ total²
     * @param items question id → its sums
     */
    public record ScaleSums(long respondents, long totalSum, long totalSumOfSquares,
            Map<String, ReliabilitySums.ItemSums> items) {

        public static final ScaleSums NONE = new ScaleSums(0, 0, 0, Map.of());

        public ScaleSums {
            items = Map.copyOf(items);
        }

        /** The sums of these questions in this order (a question nobody completed the scale with sums to 0). */
        public ReliabilitySums of(List<String> questions) {
            List<ReliabilitySums.ItemSums> ordered = new ArrayList<>();
            for (String q : questions) {
                ordered.add(items.getOrDefault(q, new ReliabilitySums.ItemSums(0, 0, 0)));
            }
            return new ReliabilitySums(respondents, totalSum, totalSumOfSquares, ordered);
        }
    }

    public Tally {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        scale = scale == null ? ScaleSums.NONE : scale;
    }

    public static Tally empty(String surveyId) {
        return new Tally(surveyId, 0, Map.of(), ScaleSums.NONE, false);
    }

    /** The bucket of a Likert score. Never a bare number: a numeric path segment could be read as an array index. */
    public static String scoreBucket(int score) {
        return "s" + score;
    }

    /** The score a Likert bucket stands for: {@code s4} → 4. */
    public static int scoreIn(String scoreBucket) {
        if (scoreBucket == null || !scoreBucket.matches("s[1-5]")) {
            throw new IllegalArgumentException("not a Likert score bucket: " + scoreBucket);
        }
        return scoreBucket.charAt(1) - '0';
    }

    public static String choiceBucket(String optionId) {
        return "c_" + optionId;
    }

    public long count(String questionId, String bucket) {
        Long c = counts.getOrDefault(questionId, Map.of()).get(bucket);
        return c == null ? 0 : c;
    }

    public LikertCounts likert(String questionId) {
        long[] c = new long[5];
        for (int score = 1; score <= 5; score++) {
            c[score - 1] = count(questionId, scoreBucket(score));
        }
        return new LikertCounts(c);
    }
}

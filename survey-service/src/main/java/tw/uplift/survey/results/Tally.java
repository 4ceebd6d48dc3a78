package tw.uplift.survey.results;

import java.util.Map;

/**
 * The running aggregate of one survey as read: the number of counted responses and, per question, a counter per
 * bucket (a Likert score {@code s1..s5}, a chosen option {@code c_<option>}, or {@code answered} for free text).
 * Updated by {@code $inc} per response, read by {@code _id}; responses are never scanned to produce results.
 *
 * @param surveyId the survey (the document's {@code _id})
 * @param responses counted responses (n)
 * @param counts question id → bucket → count
 * @param closed whether the survey stopped counting (set when it is closed; later answers are refused)
 */
public record Tally(String surveyId, long responses, Map<String, Map<String, Long>> counts, boolean closed) {

    public static final String ANSWERED = "answered";

    public Tally {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    public static Tally empty(String surveyId) {
        return new Tally(surveyId, 0, Map.of(), false);
    }

    /** The bucket of a Likert score. Never a bare number: a numeric path segment could be read as an array index. */
    public static String scoreBucket(int score) {
        return "s" + score;
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

package tw.uplift.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tw.uplift.survey.statistics.ReliabilitySums;

/**
 * The running aggregate of one survey as read: the number of counted responses and, per question, a counter per
 * bucket (a score {@code s0..s10}, a chosen option {@code c_<option>}, or {@code answered} for free text and
 * multiple choice); the same per segment (分眾) and per respondent group.
 * Updated by {@code $inc} per response, read by {@code _id}; responses are never scanned to produce results.
 *
 * @param surveyId the survey (the document's {@code _id})
 * @param responses counted responses (n)
 * @param counts question id → bucket → count
 * @param scale the running sums over the responses that scored every Likert question (see {@link TallyStore})
 * @param closed whether the survey stopped counting (set when it is closed; later answers are refused)
 * @param segments segment id → its counts
 * @param groups respondent-group question id → option id → the counts of those who picked it
 */
public record Tally(String surveyId, long responses, Map<String, Map<String, Long>> counts, ScaleSums scale,
        boolean closed, Map<String, Part> segments, Map<String, Map<String, Part>> groups) implements Counted {

    /**
     * The counts of the responses in one segment (分眾) or respondent group: the same buckets as the whole survey's,
     * added by the same {@code $inc}.
     *
     * @param responses the responses in it
     * @param counts    question id → bucket → count
     */
    public record Part(long responses, Map<String, Map<String, Long>> counts) implements Counted {

        public static final Part NONE = new Part(0, Map.of());

        public Part {
            counts = counts == null ? Map.of() : Map.copyOf(counts);
        }
    }

    public static final String ANSWERED = "answered";
    private static final String CHOICE_PREFIX = "c_";

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
        segments = segments == null ? Map.of() : Map.copyOf(segments);
        groups = groups == null ? Map.of() : Map.copyOf(groups);
    }

    /** A tally without segments or groups. */
    public Tally(String surveyId, long responses, Map<String, Map<String, Long>> counts, ScaleSums scale,
            boolean closed) {
        this(surveyId, responses, counts, scale, closed, Map.of(), Map.of());
    }

    public static Tally empty(String surveyId) {
        return new Tally(surveyId, 0, Map.of(), ScaleSums.NONE, false);
    }

    /** The counts of one segment; nothing yet when nobody answered through its link. */
    public Part segment(String segmentId) {
        return segments.getOrDefault(segmentId, Part.NONE);
    }

    /** The counts of the respondents who picked this option of a respondent-group question. */
    public Part group(String questionId, String optionId) {
        return groups.getOrDefault(questionId, Map.of()).getOrDefault(optionId, Part.NONE);
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
        return CHOICE_PREFIX + optionId;
    }

    /** The option a choice bucket stands for: {@code c_counter} → {@code counter}. */
    public static String optionIn(String choiceBucket) {
        if (choiceBucket == null || !choiceBucket.startsWith(CHOICE_PREFIX)) {
            throw new IllegalArgumentException("not a choice bucket: " + choiceBucket);
        }
        return choiceBucket.substring(CHOICE_PREFIX.length());
    }

}

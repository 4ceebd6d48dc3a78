package tw.uplift.survey.results;

import java.util.Map;

/** Counts of answers per question and bucket, of a whole survey or of one of its segments or groups. */
public interface Counted {

    /** The responses counted. */
    long responses();

    /** question id → bucket → count. */
    Map<String, Map<String, Long>> counts();

    default long count(String questionId, String bucket) {
        Long c = counts().getOrDefault(questionId, Map.of()).get(bucket);
        return c == null ? 0 : c;
    }

    /** How often each score low..high was given to a question: element 0 is the count of {@code low}. */
    default long[] scores(String questionId, int low, int high) {
        long[] c = new long[high - low + 1];
        for (int score = low; score <= high; score++) {
            c[score - low] = count(questionId, Tally.scoreBucket(score));
        }
        return c;
    }

    default LikertCounts likert(String questionId) {
        return new LikertCounts(scores(questionId, 1, 5));
    }
}

package tw.uplift.survey.results;

import java.util.OptionalLong;
import tw.uplift.survey.statistics.MarginOfError;
import tw.uplift.survey.statistics.Moments;

/**
 * How often each score 1..5 was given to one Likert question, and what follows from that.
 *
 * @param counts counts[0] is the number of 1s … counts[4] the number of 5s
 */
public record LikertCounts(long[] counts) {

    public LikertCounts {
        if (counts == null || counts.length != 5) {
            throw new IllegalArgumentException("five counts, for the scores 1..5");
        }
        counts = counts.clone();
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }
    }

    public static LikertCounts of(long ones, long twos, long threes, long fours, long fives) {
        return new LikertCounts(new long[] {ones, twos, threes, fours, fives});
    }

    /** The number of answers with this score (1..5). */
    public long count(int score) {
        return counts[score - 1];
    }

    public long n() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    /** Satisfied answers: a 4 or a 5 of 5 (the top two boxes). */
    public long topTwo() {
        return counts[3] + counts[4];
    }

    /** The mean score, or null when nobody answered. */
    public Double mean() {
        long n = n();
        if (n == 0) {
            return null;
        }
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            sum += score * counts[score - 1];
        }
        return (double) sum / n;
    }

    /** Σ score and Σ score² as the counts give them: the question's running moments, with no sums stored. */
    public Moments moments() {
        long sum = 0;
        long squares = 0;
        for (int score = 1; score <= 5; score++) {
            sum += score * counts[score - 1];
            squares += (long) score * score * counts[score - 1];
        }
        return new Moments(n(), sum, squares);
    }

    /**
     * The 95 % margin of error of {@link #topTwoBoxShare()}, or null when nobody answered; with the finite
     * population correction when the population is given (see {@link MarginOfError}).
     */
    public Double topTwoBoxMarginOfError(OptionalLong population) {
        return MarginOfError.ofShare(topTwo(), n(), population);
    }

    /** The top-2-box share (CSAT) of this question, 0..1, or null when nobody answered. */
    public Double topTwoBoxShare() {
        long n = n();
        return n == 0 ? null : (double) topTwo() / n;
    }

    /**
     * CSAT over all Likert answers of a survey: satisfied answers (4 or 5) over all Likert answers, pooled (not a
     * mean of per-question shares, so a question fewer people answered weighs less). Null when there are none.
     */
    public static Double pooledTopTwoBoxShare(Iterable<LikertCounts> questions) {
        long satisfied = 0;
        long all = 0;
        for (LikertCounts q : questions) {
            satisfied += q.topTwo();
            all += q.n();
        }
        return all == 0 ? null : (double) satisfied / all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LikertCounts other && java.util.Arrays.equals(counts, other.counts);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LikertCounts" + java.util.Arrays.toString(counts);
    }
}

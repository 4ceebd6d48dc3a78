package tw.uplift.survey.statistics;

/**
 * The Net Promoter Score (淨推薦值) of a 0–10 "would you recommend" item: the percentage of promoters (9 or 10)
 * minus the percentage of detractors (0 to 6), so −100..100. Passives (7, 8) count in n only.
 */
public final class NetPromoterScore {

    private NetPromoterScore() {
    }

    /**
     * @param counts counts[s] is how many answered s, s = 0..10
     * @return the score in percentage points, or null without any answer
     */
    public static Double of(long[] counts) {
        if (counts == null || counts.length != 11) {
            throw new IllegalArgumentException("eleven counts, for the scores 0..10");
        }
        long n = 0;
        long detractors = 0;
        for (int score = 0; score <= 10; score++) {
            if (counts[score] < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
            n += counts[score];
            if (score <= 6) {
                detractors += counts[score];
            }
        }
        long promoters = counts[9] + counts[10];
        return n == 0 ? null : 100.0 * (promoters - detractors) / n;
    }
}

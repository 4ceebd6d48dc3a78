package tw.uplift.survey.statistics;

/**
 * The Net Promoter Score (淨推薦值) of a 0–10 "would you recommend" item: the percentage of promoters (9 or 10)
 * minus the percentage of detractors (0 to 6), so −100..100. Passives (7, 8) count in n only.
 */
public final class NetPromoterScore {

    private NetPromoterScore() {
    }

    /**
     * The answers of a 0–10 item in the three groups the score is made of.
     *
     * @param promoters  推薦者, 9 or 10
     * @param passives   中立者, 7 or 8
     * @param detractors 批評者, 0 to 6
     */
    public record Groups(long promoters, long passives, long detractors) {

        public long n() {
            return promoters + passives + detractors;
        }

        /** A group's share of the answers (0..1), or null without any. */
        public Double share(long group) {
            return n() == 0 ? null : (double) group / n();
        }
    }

    /**
     * @param counts counts[s] is how many answered s, s = 0..10
     * @return the score in percentage points, or null without any answer
     */
    public static Double of(long[] counts) {
        Groups g = groups(counts);
        return g.n() == 0 ? null : 100.0 * (g.promoters() - g.detractors()) / g.n();
    }

    /** @param counts counts[s] is how many answered s, s = 0..10 */
    public static Groups groups(long[] counts) {
        if (counts == null || counts.length != 11) {
            throw new IllegalArgumentException("eleven counts, for the scores 0..10");
        }
        long detractors = 0;
        for (int score = 0; score <= 10; score++) {
            if (counts[score] < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
            if (score <= 6) {
                detractors += counts[score];
            }
        }
        return new Groups(counts[9] + counts[10], counts[7] + counts[8], detractors);
    }
}

package tw.uplift.review.scoring;

/** The grade of an annual review (評等), best first. */
public enum Grade {
    /** 優等. */
    EXCELLENT("優等"),
    /** 甲等. */
    GOOD("甲等"),
    /** 乙等. */
    FAIR("乙等"),
    /** 丙等. */
    POOR("丙等");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    /** The grade of a published label, e.g. 甲等 → {@link #GOOD}. */
    public static java.util.Optional<Grade> ofLabel(String label) {
        return java.util.Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }

    /** The grade as published (AnnualReviewScored carries this). */
    public String label() {
        return label;
    }
}

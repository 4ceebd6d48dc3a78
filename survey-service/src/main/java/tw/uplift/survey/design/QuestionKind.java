package tw.uplift.survey.design;

/** How a question is answered. */
public enum QuestionKind {
    /** A score 1 (非常不滿意 very dissatisfied) .. 5 (非常滿意 very satisfied); required unless set otherwise. */
    LIKERT_5,
    /** One of the question's options; required unless set otherwise. */
    CHOICE,
    /** Any of the question's options (at least one when required); required unless set otherwise. */
    MULTI_CHOICE,
    /**
     * A score 0 (not at all likely) .. 10 (extremely likely), the Net Promoter item "how likely are you to recommend
     * …"; required unless set otherwise.
     */
    NPS_10,
    /** Free text of at most {@link Question#MAX_TEXT} characters; always optional. */
    TEXT;

    /** Whether an answer picks from the question's own options. */
    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    /** Whether an answer is a score, and its range. */
    public boolean isScore() {
        return this == LIKERT_5 || this == NPS_10;
    }

    public int lowestScore() {
        return this == NPS_10 ? 0 : 1;
    }

    public int highestScore() {
        return this == NPS_10 ? 10 : 5;
    }
}

package tw.uplift.survey.design;

/** How a question is answered. */
public enum QuestionKind {
    /** A score 1 (very dissatisfied) .. 5 (very satisfied); required. */
    LIKERT_5,
    /** One of the question's options; required. */
    CHOICE,
    /** Free text of at most {@link Question#MAX_TEXT} characters; always optional. */
    TEXT
}

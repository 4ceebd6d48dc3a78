package tw.uplift.survey.design;

/** DRAFT (being written) → OPEN (taking answers) → CLOSED (results published). */
public enum SurveyStatus {
    DRAFT, OPEN, CLOSED
}

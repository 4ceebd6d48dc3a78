package tw.uplift.contracts.deadline;

/** What a tracked deadline belongs to. */
public enum TrackedItemKind { MEASURE, PROGRESS_REPORT, REVIEW_TASK, CORRECTIVE_ACTION, SURVEY_CLOSE }

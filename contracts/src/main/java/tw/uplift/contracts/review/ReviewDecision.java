package tw.uplift.contracts.review;

/** A reviewer's decision on a plan: approve (審定) or return for changes (退回修正). */
public enum ReviewDecision { APPROVED, RETURNED }

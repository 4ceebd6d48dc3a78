package tw.uplift.contracts.review;

/**
 * The kinds of review task: plan approval (計畫審查), routine check (平時查核), annual review (年度查核), follow-up
 * (追蹤改善: after a low survey result, a low courtesy-test score or an escalated overdue item) and the verification of
 * a corrective action (改善事項查證). Consumers meeting a kind they do not know treat it as a plain review.
 */
public enum ReviewTaskKind { PLAN_APPROVAL, ROUTINE_CHECK, ANNUAL_REVIEW, FOLLOW_UP, CORRECTIVE_ACTION_VERIFICATION }

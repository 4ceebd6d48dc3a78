package tw.uplift.contracts.review;

/** The kinds of review task: plan approval (計畫審查), routine check (平時查核), annual review (年度查核), follow-up. */
public enum ReviewTaskKind { PLAN_APPROVAL, ROUTINE_CHECK, ANNUAL_REVIEW, FOLLOW_UP }

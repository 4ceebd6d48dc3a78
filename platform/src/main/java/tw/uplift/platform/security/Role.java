package tw.uplift.platform.security;

/** The roles of Uplift staff, as in the token's {@code roles} claim. */
public enum Role {
    /** 機關承辦: drafts, imports and submits plans, reports progress; bound to one agency. */
    AGENCY_STAFF,
    /** 機關首長 / 推動小組召集人: approves submission, sees the agency's status; bound to one agency. */
    AGENCY_HEAD,
    /** 督考/研考 reviewer of a supervising body. */
    REVIEWER,
    ADMIN,
    OPS
}

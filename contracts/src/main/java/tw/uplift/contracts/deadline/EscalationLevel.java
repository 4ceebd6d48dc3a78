package tw.uplift.contracts.deadline;

/**
 * Who an overdue item is escalated to (查催 / 逾期陳報): first the responsible agency's head (機關首長), later its
 * supervising body (督考機關). An {@link OverdueEscalated} without a level (every event before levels existed)
 * went to the supervising body.
 */
public enum EscalationLevel {
    /** 機關首長: the head of the responsible agency is told its item is still overdue. */
    AGENCY_HEAD,
    /** 督考機關: the supervising body is told (逾期陳報); it may open a follow-up. */
    SUPERVISING_BODY
}

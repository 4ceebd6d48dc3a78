package tw.uplift.notification.delivery;

/** What a person is in the recipient directory (收件人名錄), which decides which notices reach them. */
public enum DirectoryRole {
    /** 承辦/聯絡人: an agency's contact, told of its items (or of its unit's, when the notice names a unit). */
    CONTACT,
    /** 機關首長: told when an agency's overdue item is escalated to its head. */
    AGENCY_HEAD,
    /** 審查委員: told of their own review tasks (addressed to them by name). */
    REVIEWER,
    /** 督考機關承辦主管: a supervising body's lead, told of escalations to the body. */
    BODY_LEAD
}

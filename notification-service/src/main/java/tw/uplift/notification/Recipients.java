package tw.uplift.notification;

/**
 * Inbox addresses: an agency's shared inbox, its head's, a person's, or a supervising body's. Both features speak them:
 * the deadline tracker names whose inbox a deadline's reminders go to, the inbox files notices under them.
 */
public final class Recipients {

    private Recipients() {
    }

    public static String agency(String agencyId) {
        return "agency:" + agencyId;
    }

    public static String user(String username) {
        return "user:" + username;
    }

    /**
     * The head of an agency (機關首長), told when its item stays overdue (查催) before its supervising body is:
     * read by the agency's {@code AGENCY_HEAD} users.
     */
    public static String agencyHead(String agencyId) {
        return "agency-head:" + agencyId;
    }

    public static String body(String bodyId) {
        return "body:" + bodyId;
    }
}

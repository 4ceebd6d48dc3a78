package tw.uplift.notification;

/**
 * Inbox addresses: an agency's shared inbox, a person's, or a supervising body's. Both features speak them:
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

    public static String body(String bodyId) {
        return "body:" + bodyId;
    }
}

package tw.uplift.notification.inbox;

/** Inbox addresses: an agency's shared inbox, a person's, or a supervising body's. */
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

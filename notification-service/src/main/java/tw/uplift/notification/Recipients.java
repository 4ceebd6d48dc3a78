package tw.uplift.notification;

import java.util.Optional;

/**
 * Recipient addresses, written and read only here: an agency's shared inbox, its head's, a person's, a supervising
 * body's, and a webhook endpoint. The deadline tracker names whose inbox a deadline's reminders go to, the inbox files
 * notices under them, the delivery feature resolves them to people and endpoints.
 */
public final class Recipients {

    /** What an address names. */
    public enum Kind {
        AGENCY("agency:"), AGENCY_HEAD("agency-head:"), USER("user:"), BODY("body:"), WEBHOOK("webhook:");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        String of(String id) {
            return prefix + id;
        }
    }

    /** An address taken apart: its kind and the id after the prefix. */
    public record Address(Kind kind, String id) {
    }

    private Recipients() {
    }

    /** The kind and id of an address; empty for one this service does not write. */
    public static Optional<Address> parse(String address) {
        for (Kind kind : Kind.values()) {
            if (address != null && address.startsWith(kind.prefix)) {
                return Optional.of(new Address(kind, address.substring(kind.prefix.length())));
            }
        }
        return Optional.empty();
    }

    public static String agency(String agencyId) {
        return Kind.AGENCY.of(agencyId);
    }

    public static String user(String username) {
        return Kind.USER.of(username);
    }

    /**
     * The head of an agency (機關首長), told when its item stays overdue (查催) before its supervising body is:
     * read by the agency's {@code AGENCY_HEAD} users.
     */
    public static String agencyHead(String agencyId) {
        return Kind.AGENCY_HEAD.of(agencyId);
    }

    public static String body(String bodyId) {
        return Kind.BODY.of(bodyId);
    }

    /** A webhook endpoint, the recipient of its deliveries. */
    public static String webhook(String endpointId) {
        return Kind.WEBHOOK.of(endpointId);
    }
}

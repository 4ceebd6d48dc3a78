package tw.uplift.notification.delivery;

import java.util.Objects;

/**
 * Who a delivery goes to and where.
 *
 * @param recipient who or what: a person ({@code user:<name>}), a webhook endpoint ({@code webhook:<id>})
 * @param address   where: an e-mail address, an endpoint URL; null when there is none (a technical failure)
 * @param language  the language to write in
 */
public record Addressee(String recipient, String address, Language language) {

    public Addressee {
        Objects.requireNonNull(recipient, "recipient");
        language = language == null ? Language.ZH_TW : language;
    }
}

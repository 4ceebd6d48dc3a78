package tw.uplift.notification.webhook.application;

import java.util.Set;
import tw.uplift.notification.webhook.WebhookOwner;

/**
 * Whose endpoints a caller may manage (管理範圍): every owner's (an administrator), or those of a few owners (a
 * reviewer their body's, an agency head their agency's). Worked out from the caller's roles, never from an id
 * alone: an id in a token gives no right by itself.
 *
 * @param all    every owner's
 * @param owners the owners otherwise (empty: none)
 */
public record WebhookScope(boolean all, Set<WebhookOwner> owners) {

    public WebhookScope {
        owners = Set.copyOf(owners);
    }

    public static WebhookScope everyone() {
        return new WebhookScope(true, Set.of());
    }

    public static WebhookScope of(Set<WebhookOwner> owners) {
        return new WebhookScope(false, owners);
    }

    public boolean covers(WebhookOwner owner) {
        return all || owners.contains(owner);
    }

    public boolean isEmpty() {
        return !all && owners.isEmpty();
    }
}

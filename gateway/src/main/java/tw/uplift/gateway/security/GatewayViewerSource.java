package tw.uplift.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import tw.uplift.gateway.routing.UnreadNotices;
import tw.uplift.platform.pages.Viewer;
import tw.uplift.platform.pages.ViewerSource;

/** The viewer of the gateway's own pages: the person logged in here (their ID token), with their unread notices. */
@Component
class GatewayViewerSource implements ViewerSource {

    private final UnreadNotices unread;
    private final UserTokens tokens;

    GatewayViewerSource(UnreadNotices unread, UserTokens tokens) {
        this.unread = unread;
        this.tokens = tokens;
    }

    @Override
    public Viewer viewerOf(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof OidcUser oidc)) {
            return Viewer.ANONYMOUS;
        }
        GatewayUser user = GatewayUser.fromClaims(oidc.getClaims());
        return new Viewer(user.name(), user.roles(), user.agencyId() != null ? user.agencyId() : user.bodyId(),
                tokens.accessToken(auth, request).flatMap(unread::of).orElse(null));
    }
}

package tw.uplift.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tw.uplift.platform.pages.Viewer;
import tw.uplift.platform.pages.ViewerSource;

/** The viewer of a service's page: the caller of the access token the gateway relayed ({@link CurrentUser}). */
public class JwtViewerSource implements ViewerSource {

    @Override
    public Viewer viewerOf(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (!(auth instanceof JwtAuthenticationToken jwt)) {
            return Viewer.ANONYMOUS;
        }
        CurrentUser user = CurrentUser.from(jwt.getToken());
        return new Viewer(user.name(), user.roles().stream().map(Enum::name).collect(Collectors.toSet()),
                user.agencyId() != null ? user.agencyId() : user.bodyId(), null);
    }
}

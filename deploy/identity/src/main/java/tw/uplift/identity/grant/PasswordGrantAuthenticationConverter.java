package tw.uplift.identity.grant;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Reads {@code grant_type=password&username=..&password=..[&scope=..]} from a token request. Returns
 * {@code null} for other grant types so the built-in converters handle them.
 */
public final class PasswordGrantAuthenticationConverter implements AuthenticationConverter {

    // OAuth2ParameterNames dropped USERNAME and PASSWORD with the grant in Spring Security 7.
    static final String USERNAME = "username";
    static final String PASSWORD = "password";

    private static final String RFC_6749_ERRORS = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!PasswordGrant.TYPE.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))) {
            return null;
        }
        // The client was authenticated by the filter before this one (basic auth or client_secret_post).
        Authentication client = SecurityContextHolder.getContext().getAuthentication();
        String username = single(request, USERNAME);
        String password = single(request, PASSWORD);
        String scope = request.getParameter(OAuth2ParameterNames.SCOPE);
        Set<String> scopes = StringUtils.hasText(scope)
                ? new LinkedHashSet<>(Arrays.asList(StringUtils.delimitedListToStringArray(scope, " ")))
                : Set.of();
        return new PasswordGrantAuthenticationToken(client, username, password, scopes, extraParameters(request));
    }

    private static String single(HttpServletRequest request, String name) {
        String[] values = request.getParameterValues(name);
        if (values == null || values.length != 1 || !StringUtils.hasText(values[0])) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "OAuth 2.0 Parameter: " + name, RFC_6749_ERRORS));
        }
        return values[0];
    }

    private static Map<String, Object> extraParameters(HttpServletRequest request) {
        Map<String, Object> extra = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            boolean known = switch (name) {
                case OAuth2ParameterNames.GRANT_TYPE, OAuth2ParameterNames.CLIENT_ID, OAuth2ParameterNames.CLIENT_SECRET,
                        USERNAME, PASSWORD, OAuth2ParameterNames.SCOPE -> true;
                default -> false;
            };
            if (!known) {
                extra.put(name, values.length == 1 ? values[0] : values);
            }
        });
        return extra;
    }
}

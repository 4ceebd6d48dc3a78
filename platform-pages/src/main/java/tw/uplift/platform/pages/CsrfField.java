package tw.uplift.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The CSRF token a form must send back, as the hidden field {@code parameterName=token}. The gateway holds the
 * session and checks the token on every POST; it relays the current one to the services in the request headers
 * {@value #TOKEN_HEADER} and {@value #PARAMETER_HEADER}, which is how a page rendered by a service gets it. In the
 * gateway itself it is Spring Security's request attribute.
 *
 * @param parameterName the form field's name (normally {@code _csrf}), or null when there is no token
 * @param token         its value, or null
 */
public record CsrfField(String parameterName, String token) {

    public static final String TOKEN_HEADER = "X-CSRF-TOKEN";
    public static final String PARAMETER_HEADER = "X-CSRF-PARAM";

    public static final CsrfField NONE = new CsrfField(null, null);

    public static CsrfField of(HttpServletRequest request) {
        if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken own) {
            return new CsrfField(own.getParameterName(), own.getToken());
        }
        String token = request.getHeader(TOKEN_HEADER);
        if (token == null || token.isBlank()) {
            return NONE;
        }
        String parameter = request.getHeader(PARAMETER_HEADER);
        return new CsrfField(parameter == null || parameter.isBlank() ? "_csrf" : parameter, token);
    }

    public boolean present() {
        return token != null;
    }

    /** The query string a multipart form's action carries instead of a hidden field: {@code ?_csrf=…}. */
    public String query() {
        return present() ? "?" + parameterName + "=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8) : "";
    }
}

package tw.uplift.survey.answering.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The browser's token for one survey (瀏覽器填答憑證): a first-party cookie holding 128 random bits, nothing derived
 * from the browser or the person (no fingerprint). Scoped to the survey's own path, so each survey has its own and
 * no other page of Uplift receives it; {@code HttpOnly} (no script needs it), {@code SameSite=Lax}, {@code Secure}
 * when the request came over TLS (directly or per the gateway's {@code X-Forwarded-Proto}). Set when the form is
 * shown; what it is for: {@link tw.uplift.survey.answering.BrowserAnswers}.
 *
 * <p>A browser that refuses cookies sends no token and still answers, under the form's response key: one answer
 * per browser is a default that keeps honest double answers out, not an identity check, and a citizen must never be
 * kept from answering because of their privacy settings.
 */
final class BrowserToken {

    static final String COOKIE = "uplift-survey-browser";
    /** 16 bytes, base64url without padding. */
    private static final int LENGTH = 22;
    /** Browsers keep a cookie at most 400 days anyway. */
    private static final Duration LONGEST = Duration.ofDays(400);
    private static final SecureRandom RANDOM = new SecureRandom();

    private BrowserToken() {
    }

    /** The token this browser sent for this survey's path, or null (none, or not one of ours). */
    static String of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && isToken(cookie.getValue())) {
                return cookie.getValue();
            }
        }
        return null;
    }

    /** The browser's token, given to it now when it has none; it lasts until the survey closes. */
    static String issue(HttpServletRequest request, HttpServletResponse response, String surveyId, Instant now,
            Instant closesAt) {
        String token = of(request);
        if (token != null) {
            return token;
        }
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Duration lasts = closesAt == null || Duration.between(now, closesAt).compareTo(LONGEST) > 0 ? LONGEST
                : Duration.between(now, closesAt).plusHours(1);
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(COOKIE, token)
                .path("/public/surveys/" + surveyId).httpOnly(true).sameSite("Lax").secure(request.isSecure())
                .maxAge(lasts).build().toString());
        return token;
    }

    private static boolean isToken(String value) {
        return value != null && value.length() == LENGTH
                && value.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_');
    }
}

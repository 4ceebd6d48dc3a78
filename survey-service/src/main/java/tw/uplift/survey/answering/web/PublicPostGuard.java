package tw.uplift.survey.answering.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tw.uplift.survey.answering.TokenBuckets;

/**
 * Guards anonymous POSTs under {@code /public/}: a token bucket per client (429 when empty) and a body size cap
 * (413). The client key is an HMAC of the remote address with a secret salt, so neither the buckets nor anything
 * else holds an IP address. Behind a proxy, set {@code server.forward-headers-strategy} so the remote address is
 * the client's.
 */
public class PublicPostGuard extends OncePerRequestFilter {

    private final TokenBuckets buckets;
    private final int maxBodyBytes;
    private final byte[] salt;

    public PublicPostGuard(TokenBuckets buckets, int maxBodyBytes, String salt) {
        this.buckets = buckets;
        this.maxBodyBytes = maxBodyBytes;
        if (salt == null || salt.isBlank()) {
            this.salt = new byte[32];
            new SecureRandom().nextBytes(this.salt);
        } else {
            this.salt = salt.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!buckets.tryTake(clientKey(request.getRemoteAddr()))) {
            response.setHeader("Retry-After", String.valueOf(buckets.secondsUntilNextToken()));
            problem(response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many answers from this connection; please wait a moment and try again");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            problem(response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "The request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        // Length unknown (chunked) or within the cap: read at most cap + 1 bytes, so a lying client cannot stream more.
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            problem(response, HttpStatus.CONTENT_TOO_LARGE, "too-large", "The request body is larger than " + maxBodyBytes + " bytes");
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    String clientKey(String remoteAddress) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            byte[] digest = mac.doFinal(String.valueOf(remoteAddress).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"https://uplift.tw/problems/" + type + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return ((ByteArrayInputStream) in).available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}

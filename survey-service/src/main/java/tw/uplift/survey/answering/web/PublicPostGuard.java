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
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tw.uplift.platform.web.Problems;
import tw.uplift.survey.answering.TokenBuckets;

/**
 * Guards anonymous POSTs under {@code /public/}: a token bucket per client (429 when empty) and a body size cap
 * (413). The client key is an HMAC of the remote address with a secret salt, so neither the buckets nor anything
 * else holds an IP address. Behind a proxy, set {@code server.forward-headers-strategy} so the remote address is
 * the client's.
 */
public class PublicPostGuard extends OncePerRequestFilter {

    private static final String HMAC = "HmacSHA256";

    private final TokenBuckets buckets;
    private final int maxBodyBytes;
    /**
     * Keyed once with the salt and never used itself: each request hashes with a clone of it. Not a ThreadLocal:
     * requests run on virtual threads, one per request, so a Mac per thread would still be a Mac per request, and
     * a clone skips what makes {@code Mac.getInstance} + {@code init} costly (the provider lookup and the key).
     */
    private final Mac keyed;

    public PublicPostGuard(TokenBuckets buckets, int maxBodyBytes, String salt) {
        this.buckets = buckets;
        this.maxBodyBytes = maxBodyBytes;
        this.keyed = keyedMac(salt == null || salt.isBlank() ? randomSalt() : salt.getBytes(StandardCharsets.UTF_8));
        newMac(); // fail at start-up, not per request, should this JDK's HMAC not be cloneable
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
            Problems.write(response, Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many answers from this connection; please wait a moment and try again"));
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        // Length unknown (chunked) or within the cap: read at most cap + 1 bytes, so a lying client cannot stream more.
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(response);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    String clientKey(String remoteAddress) {
        byte[] digest = newMac().doFinal(String.valueOf(remoteAddress).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        Problems.write(response, Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "The request body is larger than " + maxBodyBytes + " bytes"));
    }

    private Mac newMac() {
        try {
            return (Mac) keyed.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(HMAC + " of this JDK cannot be cloned", e);
        }
    }

    private static Mac keyedMac(byte[] salt) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(salt, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(HMAC + " is part of every JDK", e);
        }
    }

    private static byte[] randomSalt() {
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        return salt;
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

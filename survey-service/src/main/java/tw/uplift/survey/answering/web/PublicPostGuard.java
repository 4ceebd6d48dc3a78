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
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import tw.uplift.platform.web.Problems;
import tw.uplift.survey.answering.ClientKeys;
import tw.uplift.survey.answering.RefusedAnswers;
import tw.uplift.survey.answering.RefusedAnswers.Reason;
import tw.uplift.survey.answering.TokenBuckets;

/**
 * Guards anonymous POSTs under {@code /public/}: a limit per client (429 with {@code Retry-After} when over it) and
 * a body size cap (413). The client key is an HMAC of the remote address with a secret that rotates daily
 * ({@link ClientKeys}), so neither the limits nor anything else holds an IP address.
 *
 * <p><b>Two limits, cheapest first.</b> The limit that counts is the shared one
 * ({@link tw.uplift.survey.answering.SharedRateLimit}, one upsert in the store per request), kept over all
 * instances. In front of it each instance keeps a token bucket in memory with at least the same budget: a client
 * within the shared limit is always within it, so it refuses nobody the shared limit would take, but a flood
 * sent to one instance is cut there without one write per request to the store.
 *
 * <p><b>The address.</b> Citizens reach the service through the gateway, so the connection's address is the
 * gateway's, the same for all. The gateway sends the client's address in {@code X-Forwarded-For} (replacing any
 * the client sent) and the service runs with {@code server.forward-headers-strategy: native}, whose Tomcat valve
 * takes that header only from internal addresses (the gateway), so {@code getRemoteAddr()} is the citizen's.
 *
 * <p>A browser's form (url-encoded) is refused with a page instead of a problem document: the request is forwarded
 * to {@value #REFUSED_PAGE} ({@link RefusedAnswerPage}) with only its query's fields, so refusing still reads no
 * body.
 */
public class PublicPostGuard extends OncePerRequestFilter {

    /** Where a refused form is answered with a page. */
    static final String REFUSED_PAGE = "/public/answer-refused";
    /** The request attribute that carries the refusal's status to that page (absent: nobody was refused). */
    static final String REFUSAL = PublicPostGuard.class.getName() + ".refusal";

    private final TokenBuckets buckets;
    /** Client key → 0 when within the shared limit, else seconds until it may send again. */
    private final ToLongFunction<String> sharedLimit;
    private final RefusedAnswers refusals;
    private final int maxBodyBytes;
    /** Address → the key it is counted under today (a keyed hash whose secret rotates daily). */
    private final ClientKeys clientKeys;

    public PublicPostGuard(TokenBuckets buckets, ToLongFunction<String> sharedLimit, RefusedAnswers refusals,
            int maxBodyBytes, ClientKeys clientKeys) {
        this.buckets = buckets;
        this.sharedLimit = sharedLimit;
        this.refusals = refusals;
        this.maxBodyBytes = maxBodyBytes;
        this.clientKeys = clientKeys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String client = clientKey(request.getRemoteAddr());
        long retryAfter = buckets.tryTake(client) ? sharedLimit.applyAsLong(client) : buckets.secondsUntilNextToken();
        if (retryAfter > 0) {
            refusals.count(Reason.RATE_LIMITED);
            response.setHeader("Retry-After", String.valueOf(retryAfter));
            refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                    "Too many answers from this connection; please wait a moment and try again");
            return;
        }
        long declared = request.getContentLengthLong();
        if (declared > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        // Length unknown (chunked) or within the cap: read at most cap + 1 bytes, so a lying client cannot stream more.
        byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            tooLarge(request, response);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String type,
            String detail) throws ServletException, IOException {
        if (isForm(request)) {
            request.setAttribute(REFUSAL, status.value());
            // An empty body: the page must not make the container read (and parse) the body refused here.
            request.getRequestDispatcher(REFUSED_PAGE).forward(new CachedBody(request, new byte[0]), response);
            return;
        }
        Problems.write(response, Problems.of(status, type, detail));
    }

    private static boolean isForm(HttpServletRequest request) {
        try {
            return request.getContentType() != null
                    && MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(request.getContentType()));
        } catch (InvalidMediaTypeException notOne) {
            return false;
        }
    }

    String clientKey(String remoteAddress) {
        return clientKeys.of(remoteAddress);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        refusals.count(Reason.TOO_LARGE);
        refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "The request body is larger than " + maxBodyBytes + " bytes");
    }

    /**
     * The request with the body this guard read, readable again. A form's fields are read from that body too: the
     * container would look for them in the stream the guard has already drained, and find none.
     */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;
        private Map<String, String[]> parameters;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                parameters = parse();
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        /** The query's parameters, then (for a url-encoded form) the body's, as the container would give them. */
        private Map<String, String[]> parse() {
            MultiValueMap<String, String> all = new LinkedMultiValueMap<>();
            String query = getQueryString();
            if (query != null) {
                UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().forEach((name, values) ->
                        values.forEach(v -> all.add(decode(name), v == null ? "" : decode(v))));
            }
            MediaType type = contentType();
            if (type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type)) {
                try {
                    HttpInputMessage message = new HttpInputMessage() {
                        @Override
                        public InputStream getBody() {
                            return new ByteArrayInputStream(body);
                        }

                        @Override
                        public HttpHeaders getHeaders() {
                            HttpHeaders headers = new HttpHeaders();
                            headers.setContentType(type);
                            return headers;
                        }
                    };
                    new FormHttpMessageConverter().read(null, message).forEach(all::addAll);
                } catch (IOException | HttpMessageNotReadableException | IllegalArgumentException malformed) {
                    // not a form we could read (a bad %-escape): no fields, so the form says what is missing
                }
            }
            Map<String, String[]> map = new LinkedHashMap<>();
            all.forEach((name, values) -> map.put(name, values.toArray(String[]::new)));
            return Collections.unmodifiableMap(map);
        }

        private MediaType contentType() {
            try {
                return getContentType() == null ? null : MediaType.parseMediaType(getContentType());
            } catch (InvalidMediaTypeException notOne) {
                return null;
            }
        }

        private static String decode(String value) {
            try {
                return UriUtils.decode(value, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                return value;
            }
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

package tw.uplift.gateway.publictraffic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import tools.jackson.databind.json.JsonMapper;
import tw.uplift.gateway.publictraffic.PublicTrafficGuard.Refusal;
import tw.uplift.platform.pages.PageModelAdvice;

/**
 * Answers a refused request and counts it ({@value #METRIC}, tagged {@code reason} with the problem type). A browser
 * (a request that accepts {@code text/html}) gets a short page in both languages in the shared layout
 * ({@code gateway/refused}); any other client an RFC 9457 problem document of type
 * {@code https://uplift.tw/problems/<reason>}, as the services write them.
 */
class RefusalAnswers {

    static final String METRIC = "uplift.gateway.public.refused";
    static final String TYPE_BASE = "https://uplift.tw/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<Refusal, Counter> counted = new EnumMap<>(Refusal.class);
    private final ViewResolver views;
    private final LocaleResolver locales;
    private final PageModelAdvice layout;

    RefusalAnswers(MeterRegistry meters, ViewResolver views, LocaleResolver locales, PageModelAdvice layout) {
        // every reason registered up front, so a dashboard or an alert sees 0 rather than no series at all
        for (Refusal refusal : Refusal.values()) {
            counted.put(refusal, Counter.builder(METRIC)
                    .description("anonymous requests to public routes the gateway refused, by reason; none reached a service")
                    .tag("reason", refusal.type).register(meters));
        }
        this.views = views;
        this.locales = locales;
        this.layout = layout;
    }

    void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal, String detail)
            throws IOException, ServletException {
        counted.get(refusal).increment();
        response.setStatus(refusal.status.value());
        if (wantsPage(request)) {
            page(request, response, refusal);
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_BASE + refusal.type);
        problem.put("title", refusal.status.getReasonPhrase());
        problem.put("status", refusal.status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    private void page(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException, ServletException {
        // Outside Spring MVC here: the view reads the viewer's language through the resolver, as a page would.
        request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
        Locale locale = locales.resolveLocale(request);
        try {
            View view = views.resolveViewName("gateway/refused", locale);
            Map<String, Object> model = new HashMap<>(layout.layoutModel(request));
            model.put("reason", refusal.type);
            model.put("retryAfter", response.getHeader(HttpHeaders.RETRY_AFTER));
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            view.render(model, request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ServletException("the refusal page could not be rendered", e);
        }
    }

    /** A browser's request: one that asks for HTML by name (a browser's {@code Accept} does; {@code *}/{@code *} alone does not). */
    private static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getType().equals("text") && type.getSubtype().equals("html"));
        } catch (InvalidMediaTypeException notOne) {
            return false;
        }
    }
}

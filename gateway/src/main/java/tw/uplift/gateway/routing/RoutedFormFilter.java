package tw.uplift.gateway.routing;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.cloud.gateway.server.mvc.filter.FormFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Gateway MVC's {@link FormFilter}, for routed requests only. For a form POST it rebuilds the body from the parsed
 * parameters (Spring Security has read the body by then, for {@code _csrf}) and from then on shows only the query
 * parameters, so the proxy does not copy the form fields into the service's query string. The gateway's own forms
 * ({@code /ops}) must keep their fields, so they are left alone.
 */
final class RoutedFormFilter extends FormFilter {

    private final List<PathPattern> routed;

    RoutedFormFilter(List<String> routedPatterns) {
        this.routed = routedPatterns.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && isRouted(http)) {
            super.doFilter(request, response, chain);
        } else {
            chain.doFilter(request, response);
        }
    }

    boolean isRouted(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        return routed.stream().anyMatch(pattern -> pattern.matches(container));
    }
}

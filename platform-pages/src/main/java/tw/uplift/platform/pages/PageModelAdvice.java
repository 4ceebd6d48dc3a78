package tw.uplift.platform.pages;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the layout needs into the model of every {@link PageController}: the {@code viewer}, the {@code csrf}
 * field for forms, and {@code requestPath} (the navigation marks the current desk).
 */
@ControllerAdvice(annotations = PageController.class)
public class PageModelAdvice {

    /** The header the gateway sets with the viewer's unread notices, when it could count them. */
    public static final String UNREAD_HEADER = "X-Uplift-Unread";

    private final ObjectProvider<ViewerSource> viewers;

    public PageModelAdvice(ObjectProvider<ViewerSource> viewers) {
        this.viewers = viewers;
    }

    @ModelAttribute("viewer")
    public Viewer viewer(HttpServletRequest request) {
        ViewerSource source = viewers.getIfAvailable();
        Viewer viewer = source == null ? Viewer.ANONYMOUS : source.viewerOf(request);
        if (viewer.unread() == null && request.getHeader(UNREAD_HEADER) != null) {
            try {
                viewer = viewer.withUnread(Integer.valueOf(request.getHeader(UNREAD_HEADER).trim()));
            } catch (NumberFormatException ignored) {
                // not a count: shown without one
            }
        }
        return viewer;
    }

    @ModelAttribute("csrf")
    public CsrfField csrf(HttpServletRequest request) {
        return CsrfField.of(request);
    }

    @ModelAttribute("requestPath")
    public String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** The same attributes for a view rendered outside a handler's model (an error page). */
    public Map<String, Object> layoutModel(HttpServletRequest request) {
        return Map.of("viewer", viewer(request), "csrf", csrf(request), "requestPath", requestPath(request));
    }
}

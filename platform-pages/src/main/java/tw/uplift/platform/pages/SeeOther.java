package tw.uplift.platform.pages;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Where a page sends the browser after a POST (Post/Redirect/Get): 303 See Other, so a reload does not post again;
 * relative to the context, so it stays on the gateway's address; and without the model in the query string.
 */
public final class SeeOther {

    private SeeOther() {
    }

    /** A 303 to {@code path} (it may carry a query and a fragment). */
    public static RedirectView to(String path) {
        RedirectView redirect = new RedirectView(path, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return redirect;
    }
}

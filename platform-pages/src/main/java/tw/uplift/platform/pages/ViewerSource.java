package tw.uplift.platform.pages;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells the layout who is looking: the services read the relayed access token, the gateway its login session.
 * One bean per application; without one every page is anonymous.
 */
@FunctionalInterface
public interface ViewerSource {

    Viewer viewerOf(HttpServletRequest request);
}

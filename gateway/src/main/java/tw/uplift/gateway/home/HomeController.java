package tw.uplift.gateway.home;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import tw.uplift.platform.pages.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.uplift.gateway.security.GatewayUser;

/** {@code /}: a landing page with the login for visitors; a logged-in person goes straight to their desk. */
@PageController
class HomeController {

    @GetMapping("/")
    String home(@AuthenticationPrincipal OidcUser oidcUser,
            @RequestParam(name = "login-error", required = false) String loginError, Model model) {
        model.addAttribute("loginError", loginError != null);
        if (oidcUser == null) {
            return "gateway/home";
        }
        GatewayUser user = GatewayUser.fromClaims(oidcUser.getClaims());
        if (user.desk().isPresent()) {
            return "redirect:" + user.desk().get();
        }
        // Logged in, but with none of the Uplift roles: nothing to show them yet.
        model.addAttribute("user", user);
        return "gateway/home";
    }
}

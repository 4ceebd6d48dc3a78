package tw.uplift.plan.organisations.web;

import java.util.Set;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tw.uplift.plan.organisations.AgencyDirectory;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;

/**
 * The administrator's desk for organisations (機關管理), {@code /plans/organisations}: the supervising bodies, the
 * agencies each supervises as a tree of parents and children, each with its units, and the way to the forms
 * ({@link AgencyFormPages}, {@link BodyFormPages}).
 */
@PageController
public class OrganisationPages {

    /** What a redirect after a save tells the page to confirm ({@code ?done=agency-saved}). */
    static final Set<String> DONE = Set.of("agency-registered", "agency-saved", "body-registered", "body-saved");

    private final AgencyDirectory directory;

    public OrganisationPages(AgencyDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/plans/organisations")
    public String list(CurrentUser user, @RequestParam(required = false) String done, Model model) {
        user.requireAny(Role.ADMIN);
        model.addAttribute("tree", OrganisationTree.of(directory.registrations(), directory.bodyRegistrations()));
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "plan/organisations/list";
    }
}

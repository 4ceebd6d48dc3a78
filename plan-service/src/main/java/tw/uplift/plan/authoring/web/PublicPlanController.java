package tw.uplift.plan.authoring.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanRepository;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.platform.domain.NotFoundException;

/**
 * {@code /public/plans/{id}} as JSON: a published plan, for anyone (open data). Drafts do not exist here. The same
 * address is the plan's public page for a browser ({@link PublicPlanPage}, which asks for {@code text/html}); a
 * program that asks for JSON or for anything ({@code *}{@code /*}, curl's default) gets this.
 */
@RestController
@RequestMapping("/public/plans")
public class PublicPlanController {

    private final PlanRepository plans;

    public PublicPlanController(PlanRepository plans) {
        this.plans = plans;
    }

    @GetMapping("/{planId}")
    public ResponseEntity<PlanView> get(@PathVariable String planId) {
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).body(PlanView.of(published(plans, planId)));
    }

    /** The plan as the public sees it: published, or not there at all (404). */
    static Plan published(PlanRepository plans, String planId) {
        return plans.findById(planId).filter(p -> p.getStatus() == PlanStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("published plan", planId));
    }
}

package tw.uplift.plan.authoring.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.plan.authoring.PlanRepository;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.platform.domain.NotFoundException;

/** {@code /public/plans/{id}}: a published plan, for anyone (open data). Drafts do not exist here. */
@RestController
@RequestMapping("/public/plans")
public class PublicPlanController {

    private final PlanRepository plans;

    public PublicPlanController(PlanRepository plans) {
        this.plans = plans;
    }

    @GetMapping("/{planId}")
    public PlanView get(@PathVariable String planId) {
        return plans.findById(planId).filter(p -> p.getStatus() == PlanStatus.PUBLISHED).map(PlanView::of)
                .orElseThrow(() -> new NotFoundException("published plan", planId));
    }
}

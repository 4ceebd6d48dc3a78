package tw.uplift.plan.publishing.web;

import java.time.Instant;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.plan.publishing.web.PublicPlanView.Links;
import tw.uplift.plan.publishing.web.PublicPlanView.PublicLight;

/** One public plan in the list ({@code /public/plans} as JSON): who, which year, its light, where to read it. */
public record PublicPlanSummary(String id, String agencyId, String agencyName, int rocYear, int year, String title,
        PlanStatus status, int revision, Instant approvedAt, long measureCount, PublicLight light, Links links) {
}

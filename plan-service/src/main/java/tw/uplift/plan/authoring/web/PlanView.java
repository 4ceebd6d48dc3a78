package tw.uplift.plan.authoring.web;

import java.time.Instant;
import java.util.List;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.Dimension;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanHeader;
import tw.uplift.plan.authoring.PlanStatus;
import tw.uplift.plan.authoring.ReviewComment;

/** A plan as the API shows it. */
public record PlanView(String id, String agencyId, int rocYear, int year, String title, String frameworkId,
        PlanStatus status, int revision, String submissionRequestedBy, PlanHeader header, List<Dimension> dimensions,
        List<ReviewComment> reviewComments, long measureCount, String copiedFromPlanId, Instant createdAt,
        Instant submittedAt, Instant decidedAt, Instant approvedAt, Long version) {

    public static PlanView of(Plan p) {
        return new PlanView(p.getId(), p.getAgencyId(), p.getRocYear(), RocYear.toGregorian(p.getRocYear()), p.getTitle(),
                p.getText().frameworkId(), p.getStatus(), p.getRevision(), p.getSubmissionRequestedBy(), p.getHeader(),
                p.getDimensions(), p.getReviewComments(), p.measures().count(), p.getCopiedFromPlanId(),
                p.getCreatedAt(), p.getSubmittedAt(), p.getDecidedAt(), p.getApprovedAt(), p.getVersion());
    }
}

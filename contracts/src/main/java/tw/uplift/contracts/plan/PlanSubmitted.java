package tw.uplift.contracts.plan;

import java.time.Instant;
import tw.uplift.contracts.EventType;

/**
 * A plan was submitted for review (送審).
 *
 * @param planId the plan (aggregate id)
 * @param agencyId the submitting agency
 * @param agencyName its name, e.g. 高雄市政府民政局
 * @param parentAgencyId the agency's parent agency, or null
 * @param supervisingBodyId the supervising body that reviews it (督考機關)
 * @param rocYear the plan year in ROC years (115 = 2026)
 * @param title the plan title
 * @param revision 1 for the first submission, +1 per resubmission
 * @param measureCount number of measures (推行作法)
 * @param submittedBy the user who submitted
 * @param submittedAt when
 * @param content the content of the submitted revision (送審版本), for the reviewer, or null; added in a later release
 *                of v1, so older records lack it
 */
@EventType("tw.uplift.plan.PlanSubmitted.v1")
public record PlanSubmitted(
        String planId,
        String agencyId,
        String agencyName,
        String parentAgencyId,
        String supervisingBodyId,
        int rocYear,
        String title,
        int revision,
        int measureCount,
        String submittedBy,
        Instant submittedAt,
        PlanContentSnapshot content) implements PlanEvent {

    /** A submission without its content, as records were before {@code content} was added. */
    public PlanSubmitted(String planId, String agencyId, String agencyName, String parentAgencyId,
            String supervisingBodyId, int rocYear, String title, int revision, int measureCount, String submittedBy,
            Instant submittedAt) {
        this(planId, agencyId, agencyName, parentAgencyId, supervisingBodyId, rocYear, title, revision, measureCount,
                submittedBy, submittedAt, null);
    }

    @Override
    public String aggregateId() {
        return planId;
    }
}

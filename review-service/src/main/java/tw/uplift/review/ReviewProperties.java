package tw.uplift.review;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code uplift.review.*}: the reviewer pool seeded at start-up and how many Taiwan working days a task gets,
 * counted on the platform's office calendar ({@code tw.uplift.platform.calendar.OfficeCalendar}).
 *
 * @param reviewers              the reviewers added at start-up when not stored yet (never overwriting edits)
 * @param planApprovalWorkingDays working days a plan-approval task is given (default 5)
 * @param followUpWorkingDays     working days a follow-up task is given (default 10)
 * @param correctiveActionWorkingDays working days a corrective action is given by default (default 20, about a
 *                                   month)
 */
@ConfigurationProperties("uplift.review")
public record ReviewProperties(@DefaultValue List<ReviewerSeed> reviewers,
        @DefaultValue("5") int planApprovalWorkingDays, @DefaultValue("10") int followUpWorkingDays,
        @DefaultValue("20") int correctiveActionWorkingDays) {

    /**
     * One reviewer as configured.
     *
     * @param id           username
     * @param name         display name
     * @param bodyId       supervising body
     * @param homeAgencyId the agency they work in, or null
     * @param lead         whether they lead the body (組長); default false
     * @param active       whether they take reviews; default true
     * @param covers       the agencies they review; empty (the default) for the whole body
     */
    public record ReviewerSeed(String id, String name, String bodyId, String homeAgencyId,
            @DefaultValue("false") boolean lead, @DefaultValue("true") boolean active,
            @DefaultValue java.util.Set<String> covers) {
    }
}

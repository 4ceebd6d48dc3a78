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
 * @param satisfactionThreshold  the satisfaction rate (0..1) below which a survey's results open a follow-up, for a
 *                               body that set none of its own (default 0.8, SPEC §2)
 * @param satisfactionThresholds each supervising body's own threshold, by body id; the agency's own threshold in
 *                               the results never lowers it (the body supervises, not the agency)
 * @param courtesyBar            the score out of 100 below which a phone courtesy test or a mystery-shopper visit
 *                               opens a follow-up, for a body that set none of its own (default 80)
 * @param courtesyBars           each supervising body's own courtesy bar, by body id
 */
@ConfigurationProperties("uplift.review")
public record ReviewProperties(@DefaultValue List<ReviewerSeed> reviewers,
        @DefaultValue("5") int planApprovalWorkingDays, @DefaultValue("10") int followUpWorkingDays,
        @DefaultValue("20") int correctiveActionWorkingDays, @DefaultValue("0.8") double satisfactionThreshold,
        @DefaultValue java.util.Map<String, Double> satisfactionThresholds, @DefaultValue("80") double courtesyBar,
        @DefaultValue java.util.Map<String, Double> courtesyBars) {

    /** The satisfaction threshold of a supervising body (its own, or the default when it set none or is unknown). */
    public double satisfactionThresholdOf(String bodyId) {
        Double own = bodyId == null ? null : satisfactionThresholds.get(bodyId);
        return own != null ? own : satisfactionThreshold;
    }

    /** The courtesy bar (points of 100) of a supervising body (its own, or the default when it set none or is unknown). */
    public double courtesyBarOf(String bodyId) {
        Double own = bodyId == null ? null : courtesyBars.get(bodyId);
        return own != null ? own : courtesyBar;
    }

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

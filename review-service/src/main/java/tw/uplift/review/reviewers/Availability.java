package tw.uplift.review.reviewers;

import java.time.LocalDate;

/**
 * When a reviewer is away (請假, 出差) and who takes their reviews meanwhile (代理人). Days are Taipei days, both ends
 * included.
 *
 * @param awayFrom   the first day away, or null when not away
 * @param awayTo     the last day away; null with a start means away until further notice
 * @param delegateId the reviewer of the same body who takes new reviews while they are away (代理人), or null
 */
public record Availability(LocalDate awayFrom, LocalDate awayTo, String delegateId) {

    /** Never away, no delegate. */
    public static final Availability ALWAYS = new Availability(null, null, null);

    public boolean awayOn(LocalDate day) {
        return awayFrom != null && !day.isBefore(awayFrom) && (awayTo == null || !day.isAfter(awayTo));
    }
}

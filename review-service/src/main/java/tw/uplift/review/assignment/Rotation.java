package tw.uplift.review.assignment;

import java.util.Comparator;
import java.util.List;

/**
 * Whose turn it is among reviewers equally loaded (輪派): the first, by id, after the one a body's last task went
 * to, wrapping round. Always the alphabetically first would give one person every tie; a random pick could not be
 * reproduced. The body's last assignee is stored, so the turn survives restarts.
 *
 * @param lastAssigneeId who the body's previous task went to, or null before the first
 */
public record Rotation(String lastAssigneeId) {

    public static final Rotation START = new Rotation(null);

    /** The one whose turn it is, of a non-empty list. */
    Candidate next(List<Candidate> tied) {
        List<Candidate> byId = tied.stream().sorted(Comparator.comparing(Candidate::reviewerId)).toList();
        if (lastAssigneeId == null) {
            return byId.getFirst();
        }
        return byId.stream().filter(c -> c.reviewerId().compareTo(lastAssigneeId) > 0).findFirst()
                .orElse(byId.getFirst());
    }
}

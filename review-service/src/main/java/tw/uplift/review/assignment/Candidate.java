package tw.uplift.review.assignment;

import tw.uplift.review.reviewers.Reviewer;

/**
 * A reviewer as the assignment rule sees them: who they are and how much open work they hold.
 *
 * @param reviewer  the reviewer as stored
 * @param openTasks their open (assigned, undecided) tasks
 */
public record Candidate(Reviewer reviewer, long openTasks) {

    public String reviewerId() {
        return reviewer.id();
    }

    public String name() {
        return reviewer.name();
    }
}

package tw.uplift.review.assignment;

import java.time.LocalDate;
import java.util.Set;
import tw.uplift.review.reviewers.Availability;
import tw.uplift.review.reviewers.Reviewer;

/** A reviewer of 高雄市研考會 for the rule's tests: active, covering the whole body, never away, no open work. */
final class ReviewerFixture {

    static final String BODY = "kcg-rdec";

    private final String id;
    private String bodyId = BODY;
    private String homeAgencyId;
    private boolean active = true;
    private Set<String> covers = Set.of();
    private Availability availability = Availability.ALWAYS;
    private long openTasks;

    private ReviewerFixture(String id) {
        this.id = id;
    }

    static ReviewerFixture reviewer(String id) {
        return new ReviewerFixture(id);
    }

    ReviewerFixture worksAt(String agencyId) {
        this.homeAgencyId = agencyId;
        return this;
    }

    ReviewerFixture ofBody(String body) {
        this.bodyId = body;
        return this;
    }

    ReviewerFixture inactive() {
        this.active = false;
        return this;
    }

    ReviewerFixture covering(String... agencyIds) {
        this.covers = Set.of(agencyIds);
        return this;
    }

    ReviewerFixture away(LocalDate from, LocalDate to, String delegateId) {
        this.availability = new Availability(from, to, delegateId);
        return this;
    }

    ReviewerFixture holding(long open) {
        this.openTasks = open;
        return this;
    }

    Reviewer asReviewer() {
        return new Reviewer(id, id, bodyId, homeAgencyId, false, active, covers, availability);
    }

    Candidate asCandidate() {
        return new Candidate(asReviewer(), openTasks);
    }
}

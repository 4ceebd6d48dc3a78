package tw.uplift.review.reviewers;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.security.Role;
import tw.uplift.review.organisation.Organisation;

/**
 * Who may see and change the reviewer pool, and the checks an edit passes. A body's reviewers see their colleagues;
 * another body's reviewers do not exist for them. An administrator edits anyone; a lead (組長, as stored here, not as
 * a token claims) edits the reviewers of their own body, but does not name or remove leads; a reviewer edits nobody.
 */
@Service
public class ReviewerRegistry {

    private static final Logger log = LoggerFactory.getLogger(ReviewerRegistry.class);

    private final Reviewers reviewers;
    private final Organisation organisation;
    private final ReviewerMetrics metrics;

    ReviewerRegistry(Reviewers reviewers, Organisation organisation, ReviewerMetrics metrics) {
        this.reviewers = reviewers;
        this.organisation = organisation;
        this.metrics = metrics;
    }

    /** Every body's reviewers for an administrator; the caller's body's for a reviewer. */
    public List<Reviewer> list(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return reviewers.all();
        }
        user.requireAny(Role.REVIEWER);
        return reviewers.ofBody(user.requireBody());
    }

    /** One reviewer, if the caller may see them (else 404: another body's people are not shown to exist). */
    public Reviewer get(String id, CurrentUser user) {
        return reviewers.find(id).filter(r -> visibleTo(r, user)).orElseThrow(() -> new NotFoundException("reviewer", id));
    }

    /** Whether the caller may edit this reviewer (for pages to offer the form). */
    public boolean mayEdit(Reviewer reviewer, CurrentUser user) {
        return user.has(Role.ADMIN) || leadOf(reviewer.bodyId(), user);
    }

    /** Whether the caller may name or remove the body's leads. */
    public boolean mayChangeLead(CurrentUser user) {
        return user.has(Role.ADMIN);
    }

    /** Changes what a reviewer is (name, home agency, lead, active, coverage). */
    public Reviewer changeProfile(String id, CurrentUser user, ReviewerProfile profile) {
        Reviewer reviewer = editable(id, user);
        if (profile.lead() != reviewer.lead() && !mayChangeLead(user)) {
            throw new AccessDeniedException("only an administrator names or removes the lead of body "
                    + reviewer.bodyId());
        }
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (profile.name() == null || profile.name().isBlank()) {
            problems.add(new InvalidInput.Problem("name", "give the reviewer's name"));
        } else if (profile.name().strip().length() > 100) {
            problems.add(new InvalidInput.Problem("name", "a name has at most 100 characters"));
        }
        for (String agencyId : profile.covers()) {
            // An agency not known yet is let through: the organisation copy may be behind plan-service.
            organisation.agency(agencyId).map(a -> a.supervisingBodyId())
                    .filter(body -> body != null && !body.equals(reviewer.bodyId()))
                    .ifPresent(body -> problems.add(new InvalidInput.Problem("covers",
                            agencyId + " is reviewed by " + body + ", not by " + reviewer.bodyId())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        ReviewerProfile clean = new ReviewerProfile(profile.name().strip(), blankToNull(profile.homeAgencyId()),
                profile.lead(), profile.active(), profile.covers());
        Reviewer saved = reviewers.save(reviewer.withProfile(clean));
        log.info("reviewer {} of {} changed by {}", id, saved.bodyId(), user.username());
        return saved;
    }

    /** Sets when a reviewer is away and their delegate (代理人); a delegate is an active colleague of the same body. */
    public Reviewer changeAvailability(String id, CurrentUser user, Availability availability) {
        Reviewer reviewer = editable(id, user);
        List<InvalidInput.Problem> problems = new ArrayList<>();
        if (availability.awayFrom() == null && availability.awayTo() != null) {
            problems.add(new InvalidInput.Problem("awayFrom", "give the first day away"));
        }
        if (availability.awayFrom() != null && availability.awayTo() != null
                && availability.awayTo().isBefore(availability.awayFrom())) {
            problems.add(new InvalidInput.Problem("awayTo", "the last day away is before the first"));
        }
        String delegateId = blankToNull(availability.delegateId());
        if (delegateId != null) {
            if (delegateId.equals(id)) {
                problems.add(new InvalidInput.Problem("delegateId", "a reviewer cannot be their own delegate"));
            } else if (reviewers.find(delegateId).filter(d -> Objects.equals(d.bodyId(), reviewer.bodyId()))
                    .filter(Reviewer::active).isEmpty()) {
                problems.add(new InvalidInput.Problem("delegateId",
                        delegateId + " is not an active reviewer of " + reviewer.bodyId()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Reviewer saved = reviewers.save(reviewer.withAvailability(
                new Availability(availability.awayFrom(), availability.awayTo(), delegateId)));
        metrics.watch(saved.bodyId());
        log.info("reviewer {} of {}: away {} to {}, delegate {}, set by {}", id, saved.bodyId(),
                availability.awayFrom(), availability.awayTo(), delegateId, user.username());
        return saved;
    }

    private Reviewer editable(String id, CurrentUser user) {
        Reviewer reviewer = get(id, user);
        if (!mayEdit(reviewer, user)) {
            throw new AccessDeniedException("only the lead of " + reviewer.bodyId() + " or an administrator edits "
                    + "its reviewers");
        }
        return reviewer;
    }

    private static boolean visibleTo(Reviewer reviewer, CurrentUser user) {
        return user.has(Role.ADMIN)
                || (user.has(Role.REVIEWER) && user.bodyId() != null && user.bodyId().equals(reviewer.bodyId()));
    }

    /** Whether the caller is, by the stored pool, an active lead of this body (a token alone proves nothing). */
    private boolean leadOf(String bodyId, CurrentUser user) {
        return user.has(Role.REVIEWER) && Objects.equals(user.bodyId(), bodyId)
                && reviewers.find(user.username())
                        .filter(r -> r.lead() && r.active() && Objects.equals(r.bodyId(), bodyId)).isPresent();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

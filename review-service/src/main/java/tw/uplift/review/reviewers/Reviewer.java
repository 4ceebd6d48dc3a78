package tw.uplift.review.reviewers;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A reviewer of a supervising body (審查委員 of a 督考機關).
 *
 * @param id           the reviewer's username (the token's subject)
 * @param name         display name
 * @param bodyId       the supervising body they review for (督考機關)
 * @param homeAgencyId the agency they work in: they never review it nor any agency under it, nor is it reviewed by
 *                     them through a child agency (conflict of interest, 利益迴避); null when they work in the body
 * @param lead         whether they lead their body's reviewers (組長): they edit the body's reviewers, reassign and
 *                     cancel its tasks
 * @param active       false while they take no reviews at all (left, on long leave); they keep their history
 * @param covers       the agencies they review (分工); empty means every agency of the body
 * @param availability when they are away and who takes their reviews meanwhile
 */
@Document("reviewers")
public record Reviewer(@Id String id, String name, String bodyId, String homeAgencyId, boolean lead, boolean active,
        Set<String> covers, Availability availability) {

    public Reviewer {
        Objects.requireNonNull(id, "id");
        covers = covers == null ? Set.of() : Set.copyOf(new TreeSet<>(covers));
        availability = availability == null ? Availability.ALWAYS : availability;
    }

    /** A new active reviewer covering the whole body, never away. */
    public static Reviewer of(String id, String name, String bodyId, String homeAgencyId) {
        return new Reviewer(id, name, bodyId, homeAgencyId, false, true, Set.of(), Availability.ALWAYS);
    }

    /** Whether they review this agency by their share of the work (not whether they may: see the assignment rule). */
    public boolean covers(String agencyId) {
        return covers.isEmpty() || covers.contains(agencyId);
    }

    /** Whether they are away on this day (Taipei). */
    public boolean awayOn(LocalDate day) {
        return availability.awayOn(day);
    }

    public Reviewer withAvailability(Availability changed) {
        return new Reviewer(id, name, bodyId, homeAgencyId, lead, active, covers, changed);
    }

    public Reviewer withProfile(ReviewerProfile profile) {
        return new Reviewer(id, profile.name(), bodyId, profile.homeAgencyId(), profile.lead(), profile.active(),
                profile.covers(), availability);
    }
}

package tw.uplift.plan.organisations.web;

import java.time.Instant;
import tw.uplift.plan.organisations.BodyDetails;
import tw.uplift.plan.organisations.BodyRegistration;

/** A supervising body as the API shows it: the state {@code SupervisingBodyChanged} carries, and when. */
public record BodyView(String id, String name, String agencyId, boolean active, Instant registeredAt,
        Instant changedAt) {

    static BodyView of(BodyRegistration body) {
        BodyDetails details = body.details();
        return new BodyView(body.getId(), details.name(), details.agencyId(), details.active(), body.getRegisteredAt(),
                body.getChangedAt());
    }
}

package tw.uplift.review.organisation;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One supervising body as stored, with how new its state is.
 *
 * @param id       the body (document id)
 * @param body     its newest announced state
 * @param asOf     how new that is
 * @param revision bumped on every write (see {@link AgencyEntry})
 */
@Document("organisation_bodies")
record BodyEntry(@Id String id, SupervisingBody body, AsOf asOf, long revision) {

    BodyEntry changed(SupervisingBody changed, AsOf at) {
        if (body != null && !at.isNewerThan(asOf)) {
            return this;
        }
        return new BodyEntry(id, changed, at, revision + 1);
    }
}

package tw.uplift.survey.answering.kiosk;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A kiosk link (平板填答連結): the survey, and the segment (分眾) its answers count under, that a counter tablet shows
 * one question at a time to citizen after citizen. Whoever holds the key can answer without the one-answer-per-
 * browser cookie, so the key is random and the link can be revoked (a lost tablet); a revoked link is kept, with
 * who revoked it and when, so the agency can see which links went out.
 *
 * @param key       128 random bits, base64url: the link's only secret, and the document's id
 * @param surveyId  the survey
 * @param agencyId  the survey's agency (every staff query is scoped by it)
 * @param segment   the segment whose answers it collects, or null for the survey's own
 * @param createdBy the staff member who made it
 * @param createdAt when
 * @param revokedBy who revoked it, or null while it works
 * @param revokedAt when, or null while it works
 */
@Document("survey_kiosks")
public record Kiosk(@Id String key, @Indexed String surveyId, String agencyId, String segment, String createdBy,
        Instant createdAt, String revokedBy, Instant revokedAt) {

    public boolean revoked() {
        return revokedAt != null;
    }
}

package tw.uplift.plan.evidence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A file kept as evidence of a plan's progress (佐證檔案), in its own collection beside the plan: a plan document
 * stays small however many files its reports carry, and a file is read only when someone downloads it.
 *
 * @param id          derived from the plan and the content ({@link EvidenceFiles}), so the same file uploaded twice
 *                    to a plan is kept once
 * @param planId      the plan it is evidence for
 * @param agencyId    the plan's agency
 * @param name        its name as first uploaded, cleaned ({@link EvidenceContentCheck#cleanName})
 * @param contentType the type its content was checked to be ({@link EvidenceType#contentType()})
 * @param size        bytes
 * @param sha256      of the content, hex
 * @param bytes       the content; null when read without it (a listing)
 * @param uploadedBy  who uploaded it
 * @param uploadedAt  when
 */
@Document("evidence_files")
public record EvidenceFile(@Id String id, @Indexed String planId, String agencyId, String name, String contentType,
        long size, String sha256, byte[] bytes, String uploadedBy, Instant uploadedAt) {

    /** Its type, as checked when it was kept. */
    public EvidenceType type() {
        return EvidenceType.ofContentType(contentType)
                .orElseThrow(() -> new IllegalStateException("evidence file " + id + " has no accepted type"));
    }
}

package tw.uplift.plan.evidence.web;

import java.time.Instant;
import tw.uplift.plan.evidence.EvidenceFile;

/** A kept evidence file as the API shows it: what a report names it by ({@code id}), without its content. */
public record EvidenceFileView(String id, String name, String contentType, long size, String sha256,
        String uploadedBy, Instant uploadedAt) {

    static EvidenceFileView of(EvidenceFile f) {
        return new EvidenceFileView(f.id(), f.name(), f.contentType(), f.size(), f.sha256(), f.uploadedBy(),
                f.uploadedAt());
    }
}

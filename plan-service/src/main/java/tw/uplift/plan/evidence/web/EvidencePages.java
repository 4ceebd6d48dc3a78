package tw.uplift.plan.evidence.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tw.uplift.plan.evidence.EvidenceFiles;
import tw.uplift.platform.pages.PageController;
import tw.uplift.platform.security.CurrentUser;

/**
 * {@code /plans/{planId}/evidence/{fileId}}: the download link of an evidence file on the plan's pages (the gateway
 * routes {@code /plans/**} with the person's session). A file someone may not read is the not-found page.
 */
@PageController
public class EvidencePages {

    private final EvidenceFiles files;

    public EvidencePages(EvidenceFiles files) {
        this.files = files;
    }

    @GetMapping("/plans/{planId}/evidence/{fileId}")
    public ResponseEntity<byte[]> download(CurrentUser user, @PathVariable String planId, @PathVariable String fileId) {
        return EvidenceDownload.of(files.download(user, planId, fileId));
    }
}

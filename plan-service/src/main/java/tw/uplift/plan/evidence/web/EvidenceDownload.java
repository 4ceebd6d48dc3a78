package tw.uplift.plan.evidence.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tw.uplift.plan.evidence.EvidenceFile;
import tw.uplift.plan.evidence.EvidenceType;

/**
 * An evidence file as it leaves the service, from the API and from the page alike: always a download, never shown
 * in the browser. The type is the one its content was checked to be (never {@code text/html}); {@code nosniff}
 * keeps the browser from guessing another; {@code Content-Security-Policy: sandbox} keeps a file that is opened
 * all the same (a PDF viewer in the tab) from running script or reaching the site's cookies and pages.
 */
final class EvidenceDownload {

    private EvidenceDownload() {
    }

    static ResponseEntity<byte[]> of(EvidenceFile file) {
        EvidenceType type = file.type();
        MediaType mediaType = type.isText()
                ? new MediaType(MediaType.parseMediaType(type.contentType()), StandardCharsets.UTF_8)
                : MediaType.parseMediaType(type.contentType());
        return ResponseEntity.ok()
                .contentType(mediaType)
                .contentLength(file.bytes().length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.bytes());
    }
}

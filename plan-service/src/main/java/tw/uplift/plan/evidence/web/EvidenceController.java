package tw.uplift.plan.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.net.URI;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import tw.uplift.plan.authoring.web.UploadRefusal;
import tw.uplift.plan.evidence.EvidenceFile;
import tw.uplift.plan.evidence.EvidenceFiles;
import tw.uplift.plan.evidence.RefusedInput;
import tw.uplift.platform.security.CurrentUser;

/**
 * {@code /api/plans/{planId}/evidence}: evidence files (佐證檔案). A file is uploaded first (multipart {@code file})
 * and then named by a progress report's {@code fileIds}; it is downloaded by whoever may read the plan.
 */
@RestController
@RequestMapping("/api/plans/{planId}/evidence")
public class EvidenceController {

    private final EvidenceFiles files;
    private final MessageSource messages;

    public EvidenceController(EvidenceFiles files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    @Operation(summary = "Keep a file as evidence for the plan's progress reports (multipart `file`): PDF, PNG, JPEG, "
            + "GIF, WebP, docx, xlsx, pptx, odt, ods, csv or txt (UTF-8), checked by content, at most 10 MB; answers "
            + "its id for a report's fileIds. The same file again is kept once (same id).")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<EvidenceFileView> upload(CurrentUser user, @PathVariable String planId,
            @RequestParam("file") MultipartFile file) throws IOException {
        EvidenceFile kept = files.keep(user, planId, file.getOriginalFilename(), file.getBytes());
        return ResponseEntity.created(URI.create("/api/plans/" + planId + "/evidence/" + kept.id()))
                .body(EvidenceFileView.of(kept));
    }

    @Operation(summary = "Download an evidence file (as an attachment, with the type it was checked to be), for "
            + "whoever may read the plan")
    @GetMapping("/{fileId}")
    public ResponseEntity<byte[]> download(CurrentUser user, @PathVariable String planId, @PathVariable String fileId) {
        return EvidenceDownload.of(files.download(user, planId, fileId));
    }

    @ExceptionHandler(RefusedInput.class)
    ResponseEntity<ProblemDetail> refused(RefusedInput e) {
        return RefusalProblems.of(e, messages);
    }

    /** A file over the container's limit (10 MB) or a body that is no multipart: said about the evidence. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, InvalidParameterException.class})
    ResponseEntity<ProblemDetail> unreadableUpload(Exception e) {
        return UploadRefusal.tooLarge(e) ? RefusalProblems.tooLarge(messages)
                : RefusalProblems.of(RefusedInput.because("evidence", "evidence.refused.unreadable"), messages);
    }
}

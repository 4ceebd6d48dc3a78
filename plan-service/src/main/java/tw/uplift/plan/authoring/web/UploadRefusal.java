package tw.uplift.plan.authoring.web;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload the container refused to read. plan-service reads multipart bodies lazily (plan-service.yml), so the
 * refusal reaches the handlers that take files — the import's and the evidence upload's, pages and API — instead of
 * being answered before them: Spring says {@link MaxUploadSizeExceededException} when it parses, Tomcat an
 * {@code InvalidParameterException} caused by a {@link SizeException} when the first {@code getParameter} (the
 * language switch's) makes it parse.
 */
public final class UploadRefusal {

    private UploadRefusal() {
    }

    /** Whether the upload was refused for its size (else it was not well-formed multipart). */
    public static boolean tooLarge(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException || t instanceof SizeException) {
                return true;
            }
        }
        return false;
    }
}

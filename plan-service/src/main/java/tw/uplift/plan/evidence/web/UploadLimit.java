package tw.uplift.plan.evidence.web;

import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Whether the container refused an upload for its size. plan-service reads multipart bodies lazily
 * (plan-service.yml), so the refusal reaches the handlers of the evidence upload and of the report form: Spring says
 * {@link MaxUploadSizeExceededException} when it parses, Tomcat an {@code InvalidParameterException} caused by a
 * {@link SizeException} when a {@code getParameter} makes it parse.
 */
public final class UploadLimit {

    private UploadLimit() {
    }

    public static boolean tooLarge(Throwable refusal) {
        for (Throwable t = refusal; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof MaxUploadSizeExceededException || t instanceof SizeException) {
                return true;
            }
        }
        return false;
    }
}

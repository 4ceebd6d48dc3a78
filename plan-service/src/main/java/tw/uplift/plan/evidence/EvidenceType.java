package tw.uplift.plan.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file a progress report may carry as evidence (佐證資料): documents, pictures and plain text that a
 * reviewer opens in their own program. Nothing that runs (programs, scripts, macros) and nothing a browser would
 * render as a page (HTML, SVG): the files are downloaded, never shown inline.
 *
 * @see EvidenceContentCheck how a file is recognised by its content
 */
public enum EvidenceType {

    PDF("application/pdf", "PDF", "pdf"),
    PNG("image/png", "PNG", "png"),
    JPEG("image/jpeg", "JPEG", "jpg", "jpeg"),
    GIF("image/gif", "GIF", "gif"),
    WEBP("image/webp", "WebP", "webp"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word (.docx)", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel (.xlsx)", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "PowerPoint (.pptx)", "pptx"),
    ODT("application/vnd.oasis.opendocument.text", "ODF (.odt)", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ODF (.ods)", "ods"),
    CSV("text/csv", "CSV", "csv"),
    TXT("text/plain", "TXT", "txt");

    private final String contentType;
    private final String label;
    private final List<String> extensions;

    EvidenceType(String contentType, String label, String... extensions) {
        this.contentType = contentType;
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** The media type it is stored and served as (text with {@code charset=UTF-8} when served). */
    public String contentType() {
        return contentType;
    }

    /** How people call it, e.g. {@code Word (.docx)}. */
    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean isText() {
        return this == CSV || this == TXT;
    }

    /** The type a file's name claims, by its extension; empty for a name without one we accept. */
    public static Optional<EvidenceType> claimedBy(String fileName) {
        String extension = extensionOf(fileName);
        return Arrays.stream(values()).filter(t -> t.extensions.contains(extension)).findFirst();
    }

    /** The type stored for a file, by its content type; empty for anything else (never served then). */
    public static Optional<EvidenceType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
    }

    /** Every extension accepted, for the file input's {@code accept} and the page's hint. */
    public static String acceptAttribute() {
        return String.join(",", Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList());
    }

    static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).strip().toLowerCase(java.util.Locale.ROOT);
    }
}

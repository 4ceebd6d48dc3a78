package tw.uplift.planimport;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tw.uplift.planimport.PlanImportException.Problem;
import tw.uplift.planimport.docx.DocxReader;
import tw.uplift.planimport.html.HtmlDocumentReader;
import tw.uplift.planimport.model.ImportWarning;
import tw.uplift.planimport.model.ImportedPlan;
import tw.uplift.planimport.source.SourceDocument;
import tw.uplift.planimport.text.TabularTextReader;
import tw.uplift.planimport.text.TextDecoder;
import tw.uplift.planimport.tree.PlanParser;

/**
 * Imports a plan document: {@code .txt} (text extracted from a PDF, tab-separated tables), {@code .md} (pipe
 * tables), {@code .html}, or {@code .docx}. The format is detected from the content first and the file name
 * second. The result is a complete {@link ImportedPlan} or a {@link PlanImportException}; never half a plan.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanImporter {

    private final ImportLimits limits;

    public PlanImporter() {
        this(ImportLimits.DEFAULT);
    }

    public PlanImporter(ImportLimits limits) {
        this.limits = limits;
    }

    /**
     * Parses a document held in memory.
     *
     * @param fileName the uploaded file's name, used for format hints and messages; may be {@code null}
     * @throws PlanImportException for empty, oversized, binary, damaged or non-plan input
     */
    public ImportedPlan parse(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new PlanImportException(Problem.EMPTY_FILE, 0, "the file is empty");
        }
        if (content.length > limits.maxBytes()) {
            throw tooLarge(content.length);
        }
        try {
            List<ImportWarning> warnings = new ArrayList<>();
            SourceDocument document = read(fileName == null ? "" : fileName, content, warnings);
            return PlanParser.parse(document, warnings);
        } catch (PlanImportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not leak a half-built plan or an unexplained stack trace to the uploader.
            throw new PlanImportException(Problem.READ_FAILED, 0, "the document could not be read (" + e + ")", e);
        }
    }

    /**
     * Parses a stream, reading at most {@link ImportLimits#maxBytes()} + 1 bytes: an endless or huge upload is
     * refused without being buffered whole. The stream is not closed.
     */
    public ImportedPlan parse(String fileName, InputStream content) throws IOException {
        byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
        if (bytes.length > limits.maxBytes()) {
            throw tooLarge(bytes.length);
        }
        return parse(fileName, bytes);
    }

    private PlanImportException tooLarge(long size) {
        return new PlanImportException(Problem.TOO_LARGE, 0,
                "the file is larger than the " + limits.maxBytes() / 1024 + " KB limit" + (size > limits.maxBytes() ? " (" + size / 1024 + "+ KB)" : ""));
    }

    private static SourceDocument read(String fileName, byte[] content, List<ImportWarning> warnings) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (DocxReader.looksLikeZip(content)) {
            return DocxReader.read(content);
        }
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new PlanImportException(Problem.UNSUPPORTED_FORMAT, 0,
                    "this is an old Word .doc (or other OLE2) file; save it as .docx and import again");
        }
        if (startsWith(content, '%', 'P', 'D', 'F')) {
            throw new PlanImportException(Problem.UNSUPPORTED_FORMAT, 0,
                    "PDF is not read directly; import the Word .docx, or the text extracted from the PDF");
        }
        if (name.endsWith(".docx")) {
            throw new PlanImportException(Problem.DAMAGED_DOCUMENT, 0, "the file is named .docx but is not a Word document (no zip container)");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(content);
        if (decoded.guessed()) {
            warnings.add(new ImportWarning(0, ImportWarning.Kind.ENCODING, "the file is not UTF-8; read it as " + decoded.charset().displayName()));
        }
        if (decoded.text().isBlank()) {
            throw new PlanImportException(Problem.EMPTY_FILE, 0, "the file holds only whitespace");
        }
        boolean html = name.endsWith(".html") || name.endsWith(".htm") || HtmlDocumentReader.looksLikeHtmlDocument(decoded.text());
        return html ? HtmlDocumentReader.read(decoded.text()) : TabularTextReader.read(decoded.text());
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}

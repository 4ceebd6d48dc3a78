package tw.uplift.planimport.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import tw.uplift.planimport.PlanImportException;
import tw.uplift.planimport.PlanImportException.Problem;
import tw.uplift.planimport.source.SourceDocument;
import tw.uplift.planimport.source.SourceLine;

/**
 * Reads a .docx: body paragraphs become text lines, table rows become rows, in document order. Line numbers
 * count paragraphs and rows from 1, so a warning can say "line 42" for the 42nd of them.
 *
 * <p>Word merges cells two ways: {@code gridSpan} (across) advances the column by the span, and
 * {@code vMerge} (down) leaves later rows an empty continuation cell, so every row keeps its header's columns.
 *
 * <p>Safety: POI's {@link ZipSecureFile} limits are set before opening (inflate ratio, entry size, text size),
 * so a zip bomb fails fast instead of filling memory; POI parses the XML parts with external entities and
 * DTDs disabled (its XMLHelper), so an XXE payload is not resolved.
 */
public final class DocxReader {

    /** Smallest compressed/uncompressed ratio accepted per entry: 1% (POI's default), i.e. at most 100x. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** Largest uncompressed entry: 64 MB is far more than any plan's document.xml. */
    static final long MAX_ENTRY_SIZE = 64L * 1024 * 1024;
    /** Largest amount of text POI will extract. */
    static final long MAX_TEXT_SIZE = 32L * 1024 * 1024;

    private DocxReader() {
    }

    public static boolean looksLikeZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    public static SourceDocument read(byte[] bytes) {
        applySecurityLimits();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<SourceLine> lines = new ArrayList<>();
            int[] counter = {0};
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    counter[0]++;
                    String text = p.getText();
                    lines.add(text == null || text.isBlank() ? new SourceLine.Blank(counter[0]) : new SourceLine.Text(counter[0], text.strip()));
                } else if (element instanceof XWPFTable t) {
                    table(t, lines, counter);
                }
            }
            return new SourceDocument(lines);
        } catch (IOException | RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * POI's limits are process-wide statics; setting them here (idempotently, to the same values) is the only way
     * POI offers. They only tighten what POI already defaults to.
     */
    static void applySecurityLimits() {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }

    private static void table(XWPFTable table, List<SourceLine> lines, int[] counter) {
        for (XWPFTableRow row : table.getRows()) {
            counter[0]++;
            List<SourceLine.Cell> cells = new ArrayList<>();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                List<String> paragraphs = new ArrayList<>();
                if (!isVerticalContinuation(cell)) {
                    for (XWPFParagraph p : cell.getParagraphs()) {
                        paragraphs.add(p.getText());
                    }
                    for (XWPFTable nested : cell.getTables()) {
                        for (XWPFTableRow nestedRow : nested.getRows()) {
                            for (XWPFTableCell nestedCell : nestedRow.getTableCells()) {
                                paragraphs.add(nestedCell.getText());
                            }
                        }
                    }
                }
                cells.add(new SourceLine.Cell(column, paragraphs));
                column += span(cell);
            }
            lines.add(new SourceLine.Row(counter[0], cells));
        }
    }

    private static boolean isVerticalContinuation(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) {
            return false;
        }
        // <w:vMerge/> without val means "continue"; val="restart" starts the merged block and holds its text.
        return pr.getVMerge().getVal() == null || !"restart".equals(pr.getVMerge().getVal().toString());
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr != null && pr.isSetGridSpan()) {
            BigInteger v = pr.getGridSpan().getVal();
            if (v != null && v.intValue() > 1 && v.intValue() < 64) {
                return v.intValue();
            }
        }
        return 1;
    }

    private static PlanImportException translate(Exception e) {
        String message = String.valueOf(e.getMessage());
        Throwable cause = e;
        while (cause != null) {
            String m = String.valueOf(cause.getMessage()).toLowerCase();
            if (m.contains("zip bomb") || m.contains("max entry size") || m.contains("maxentrysize") || m.contains("inflate ratio")
                    || m.contains("text size")) {
                return new PlanImportException(Problem.ZIP_BOMB, 0,
                        "the .docx expands far beyond its size (possible zip bomb); refused: " + cause.getMessage(), e);
            }
            cause = cause.getCause();
        }
        return new PlanImportException(Problem.DAMAGED_DOCUMENT, 0,
                "the .docx cannot be opened as a Word document (" + e.getClass().getSimpleName() + ": " + message + ")", e);
    }
}

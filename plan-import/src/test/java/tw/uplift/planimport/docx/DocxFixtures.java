package tw.uplift.planimport.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import tw.uplift.planimport.html.HtmlFragments;

/**
 * Builds the Word document an agency would have written, from a plan's extracted text (an
 * {@link tw.uplift.planimport.examples.ExamplePlan}): prose as paragraphs, the content
 * table as one Word table whose 執行要項 column is vertically merged from each dimension row down to the next.
 * PDF page breaks and repeated header rows are not in a Word file, so they are left out.
 */
public final class DocxFixtures {

    private static final Pattern HEADER = Pattern.compile(".*(執行要項|實施要項).*");
    private static final Pattern DIMENSION = Pattern.compile("^(?:<p>)?[一二三四五六七八九十]{1,2}[、.]");
    private static final Pattern SECTION = Pattern.compile("^(壹|貳|參|肆|伍|陸|柒|捌)、.*");

    private DocxFixtures() {
    }

    public static byte[] fromText(String text) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable table = null;
            boolean inContent = false;
            boolean mergeOpen = false;
            int columns = 0;
            for (String line : text.split("\n", -1)) {
                if (inContent && SECTION.matcher(line).matches()) {
                    inContent = false;
                    table = null;
                }
                boolean header = line.contains("\t") && HEADER.matcher(line).matches();
                if (!inContent && header) {
                    inContent = true;
                    columns = line.split("\t", -1).length;
                    table = doc.createTable(1, columns);
                    fill(table.getRow(0), line.split("\t", -1));
                    continue;
                }
                if (inContent) {
                    if (line.isBlank() || header) {
                        continue;
                    }
                    String[] cells = line.contains("\t") ? line.split("\t", -1) : new String[] {line};
                    XWPFTableRow row = table.createRow();
                    while (row.getTableCells().size() < Math.max(columns, cells.length)) {
                        row.addNewTableCell();
                    }
                    fill(row, cells);
                    XWPFTableCell first = row.getCell(0);
                    String firstText = cells[0].strip();
                    if (DIMENSION.matcher(firstText).find()) {
                        first.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        mergeOpen = true;
                    } else if (firstText.isEmpty() && mergeOpen) {
                        first.getCTTc().addNewTcPr().addNewVMerge(); // continue: no val
                    } else {
                        mergeOpen = false;
                    }
                    continue;
                }
                if (line.contains("\t")) {
                    XWPFTable other = doc.createTable(1, line.split("\t", -1).length);
                    fill(other.getRow(0), line.split("\t", -1));
                } else {
                    doc.createParagraph().createRun().setText(line);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFTableRow row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            List<String> paragraphs = HtmlFragments.paragraphs(cells[c]);
            XWPFParagraph p = cell.getParagraphs().get(0);
            for (int i = 0; i < paragraphs.size(); i++) {
                XWPFParagraph target = i == 0 ? p : cell.addParagraph();
                target.createRun().setText(paragraphs.get(i));
            }
        }
    }
}

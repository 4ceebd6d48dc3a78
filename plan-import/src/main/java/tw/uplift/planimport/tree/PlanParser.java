package tw.uplift.planimport.tree;

import java.util.List;
import tw.uplift.planimport.PlanImportException;
import tw.uplift.planimport.PlanImportException.Problem;
import tw.uplift.planimport.model.ImportWarning;
import tw.uplift.planimport.model.ImportedDimension;
import tw.uplift.planimport.model.ImportedPlan;
import tw.uplift.planimport.source.SourceDocument;
import tw.uplift.planimport.source.SourceLine;
import tw.uplift.planimport.source.TableRule;

/**
 * From a format-neutral {@link SourceDocument} to an {@link ImportedPlan}: finds the content table (by its
 * 執行要項 / 實施要項 header), hands its rows to {@link ContentTreeBuilder}, and everything else to
 * {@link HeaderReader}. The content table ends at the next 壹、貳、參… section heading or the end of the document.
 * Lines that only draw a rule ({@link TableRule}) are left out first, whichever reader produced them.
 */
public final class PlanParser {

    private PlanParser() {
    }

    public static ImportedPlan parse(SourceDocument document, List<ImportWarning> earlierWarnings) {
        List<SourceLine> lines = withoutRules(document.lines());
        int headerIndex = findContentHeader(lines);
        if (headerIndex < 0) {
            throw new PlanImportException(Problem.NOT_A_PLAN, 0,
                    "no plan content table found: expected a header row naming 執行要項 or 實施要項 with 執行重點 / 推行作法 / 執行單位 columns");
        }
        Warnings warnings = new Warnings();
        earlierWarnings.forEach(w -> warnings.add(w.line(), w.kind(), w.message()));

        // The header (title, year) comes first: deadlines need the plan year.
        HeaderReader header = new HeaderReader();
        int contentEnd = contentEnd(lines, headerIndex);
        for (int i = 0; i < lines.size(); i++) {
            if (i < headerIndex || i >= contentEnd) {
                header.accept(lines.get(i));
            }
        }
        if (header.rocYear() == null) {
            warnings.add(0, ImportWarning.Kind.HEADER, "no ROC year (e.g. 115年度) found in the title; dates such as 1月31日前 left unparsed");
        }
        if (header.agency() == null) {
            warnings.add(0, ImportWarning.Kind.HEADER, "no title line naming the agency (…115年度…計畫) found; agency left empty");
        }

        SourceLine.Row headerRow = (SourceLine.Row) lines.get(headerIndex);
        TableLayout layout = TableLayout.of(headerRow);
        ContentTreeBuilder builder = new ContentTreeBuilder(layout, header.rocYear(), warnings);
        for (int i = headerIndex + 1; i < contentEnd; i++) {
            SourceLine line = lines.get(i);
            if (line instanceof SourceLine.Row row) {
                if (TableLayout.isHeader(row) || row.isEmpty()) {
                    continue; // the header repeated after a page break
                }
                builder.accept(row);
            } else if (line instanceof SourceLine.Text text) {
                // A row whose tabs were lost in extraction: one cell, at the first column.
                builder.accept(new SourceLine.Row(text.line(), List.of(new SourceLine.Cell(0, List.of(text.text())))));
            }
        }
        List<ImportedDimension> dimensions = builder.finish();
        ImportedPlan plan = new ImportedPlan(header.agency(), header.rocYear(), header.title(), header.basis(), header.goals(),
                header.scope(), header.supervision(), header.team(), dimensions, warnings.list());
        if (plan.measureCount() == 0) {
            throw new PlanImportException(Problem.NOT_A_PLAN, headerRow.line(),
                    "the plan content table has a header but no 執行要項 / measures under it");
        }
        return plan;
    }

    /** An HTML or Word table drawn with {@code <td>---</td>} rows, or a paragraph of dashes, is no content either. */
    private static List<SourceLine> withoutRules(List<SourceLine> lines) {
        return lines.stream().filter(line -> !(line instanceof SourceLine.Row row && TableRule.isRule(row))
                && !(line instanceof SourceLine.Text text && TableRule.isRule(text.text()))).toList();
    }

    private static int findContentHeader(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof SourceLine.Row row && TableLayout.isHeader(row)) {
                return i;
            }
        }
        return -1;
    }

    private static int contentEnd(List<SourceLine> lines, int headerIndex) {
        for (int i = headerIndex + 1; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String text = line instanceof SourceLine.Text t ? t.text()
                    : line instanceof SourceLine.Row r && r.cells().stream().filter(c -> !c.isEmpty()).count() == 1 ? r.plainText() : null;
            if (text != null && Markers.SECTION.matcher(text.strip()).matches()) {
                return i;
            }
        }
        return lines.size();
    }
}

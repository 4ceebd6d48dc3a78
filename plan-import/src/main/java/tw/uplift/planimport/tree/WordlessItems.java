package tw.uplift.planimport.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tw.uplift.planimport.model.ImportWarning.Kind;
import tw.uplift.planimport.model.ImportedDimension;
import tw.uplift.planimport.model.ImportedFocusArea;
import tw.uplift.planimport.model.ImportedMeasure;

/**
 * The last guard before the content tree leaves the parser: no 推行作法 (measure), 執行重點 (focus area) or
 * 執行要項 (dimension) whose text says nothing ({@link Wording}). Rule rows and punctuation-only cells are left out
 * earlier; this catches what gets past them, such as {@code 1. --}, and says on which line.
 *
 * <p>A measure without words is dropped (its title stands in for its text if the title has words). A focus area
 * or dimension keeps its number and its contents but not a wordless title; it is dropped only when nothing is
 * left in it. A focus area whose measures were all dropped but whose title has words becomes its own measure,
 * as the tree builder does for a focus area printed without measures.
 */
final class WordlessItems {

    private WordlessItems() {
    }

    static List<ImportedDimension> drop(List<ImportedDimension> dimensions, Warnings warnings) {
        List<ImportedDimension> out = new ArrayList<>();
        for (ImportedDimension d : dimensions) {
            List<ImportedFocusArea> areas = new ArrayList<>();
            for (ImportedFocusArea fa : d.focusAreas()) {
                ImportedFocusArea kept = focusArea(fa, warnings);
                if (kept != null) {
                    areas.add(kept);
                }
            }
            String title = title(d.title(), d.line(), "dimension " + label(d.code()), warnings);
            if (title.isEmpty() && d.code().isEmpty() && areas.isEmpty() && !d.focusAreas().isEmpty()) {
                warnings.add(d.line(), Kind.DROPPED_TEXT, "un-numbered dimension has nothing left after wordless items were dropped; dropped");
                continue;
            }
            out.add(new ImportedDimension(d.code(), title, d.line(), areas));
        }
        return out;
    }

    private static ImportedFocusArea focusArea(ImportedFocusArea fa, Warnings warnings) {
        List<ImportedMeasure> measures = new ArrayList<>();
        for (ImportedMeasure m : fa.measures()) {
            ImportedMeasure kept = measure(m, warnings);
            if (kept != null) {
                measures.add(kept);
            }
        }
        String title = title(fa.title(), fa.line(), "focus area " + label(fa.code()), warnings);
        if (measures.isEmpty() && !fa.measures().isEmpty()) {
            if (title.isEmpty()) {
                warnings.add(fa.line(), Kind.DROPPED_TEXT, "focus area " + label(fa.code())
                        + " has no title and no measure with words; dropped");
                return null;
            }
            measures.add(new ImportedMeasure("", "", title, fa.units(), null, null, fa.line()));
            warnings.add(fa.line(), Kind.IMPLIED_MEASURE, "focus area " + label(fa.code())
                    + " has no measure with words; its own text became one un-numbered measure");
        }
        return new ImportedFocusArea(fa.code(), title, fa.line(), fa.units(), measures);
    }

    private static ImportedMeasure measure(ImportedMeasure m, Warnings warnings) {
        String benefit = Wording.hasWords(m.expectedBenefit()) ? m.expectedBenefit() : null;
        if (Wording.hasWords(m.text())) {
            return Objects.equals(benefit, m.expectedBenefit()) ? m
                    : new ImportedMeasure(m.code(), m.title(), m.text(), m.units(), m.deadline(), benefit, m.line());
        }
        if (Wording.hasWords(m.title())) {
            warnings.add(m.line(), Kind.DROPPED_TEXT, "measure " + label(m.code()) + " " + m.title() + ": text \""
                    + ContentTreeBuilder.abbreviate(m.text()) + "\" has no letter, digit or CJK character; its title stands as its text");
            return new ImportedMeasure(m.code(), m.title(), m.title(), m.units(), m.deadline(), benefit, m.line());
        }
        warnings.add(m.line(), Kind.DROPPED_TEXT, "measure " + label(m.code()) + " \"" + ContentTreeBuilder.abbreviate(m.text())
                + "\" has no letter, digit or CJK character; dropped");
        return null;
    }

    /** The title, or "" (with a warning) when it is only punctuation. */
    private static String title(String title, int line, String what, Warnings warnings) {
        if (title.isEmpty() || Wording.hasWords(title)) {
            return title;
        }
        warnings.add(line, Kind.DROPPED_TEXT, what + " title \"" + ContentTreeBuilder.abbreviate(title)
                + "\" has no letter, digit or CJK character; left out");
        return "";
    }

    private static String label(String code) {
        return code.isEmpty() ? "(un-numbered)" : code;
    }
}

package tw.uplift.planimport.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import tw.uplift.planimport.deadline.DeadlineParser;
import tw.uplift.planimport.html.HtmlFragments;
import tw.uplift.planimport.source.SourceLine;

/** Cuts a content-table row into {@link Fragment}s, recognising each by its numbering or content. */
final class Fragmenter {

    /** Classification only needs to know whether a phrase is a deadline, not which year it falls in. */
    private static final DeadlineParser CLASSIFIER = DeadlineParser.forRocYear(100);
    private static final int MAX_DEADLINE_CELL = 40;

    private final TableLayout layout;
    private final IntSupplier expectedMeasureNumber;

    Fragmenter(TableLayout layout, IntSupplier expectedMeasureNumber) {
        this.layout = layout;
        this.expectedMeasureNumber = expectedMeasureNumber;
    }

    /**
     * The row's fragments in reading order, whether units had to be pulled out of a text cell, and the paragraphs
     * left out because they say nothing ({@link Wording}: a rule cell such as {@code --}, a {@code －} placeholder).
     */
    record Result(List<Fragment> fragments, boolean unitsPulledFromText, List<String> wordless) {
    }

    Result fragments(SourceLine.Row row) {
        List<Fragment> out = new ArrayList<>();
        List<String> wordless = new ArrayList<>();
        int cellIndex = 0;
        for (SourceLine.Cell cell : row.cells()) {
            List<String> paragraphs = new ArrayList<>();
            for (String raw : cell.paragraphs()) {
                String p = HtmlFragments.collapse(Markers.normalizeDigits(raw));
                if (Wording.hasWords(p)) {
                    paragraphs.add(p);
                } else if (!p.isEmpty()) {
                    wordless.add(p);
                }
            }
            for (int i = 0; i < paragraphs.size(); i++) {
                classify(paragraphs.get(i), cell.column(), cellIndex, i < paragraphs.size() - 1, out);
            }
            cellIndex++;
        }
        boolean pulled = pullTrailingUnits(out);
        return new Result(joinCellLines(out), pulled, wordless);
    }

    private void classify(String p, int column, int cell, boolean more, List<Fragment> out) {
        Matcher m;
        if (isUnitsColumn(column) && numberedUnits(p, column, cell, more, out)) {
            return;
        }
        if ((m = Markers.match(Markers.FOCUS, p)) != null) {
            out.add(new Fragment(Fragment.Kind.FOCUS, "(" + m.group(1) + ")", m.group(2).strip(), column, cell, more));
        } else if ((m = Markers.match(Markers.DIMENSION, p)) != null && !m.group(2).isBlank()) {
            out.add(new Fragment(Fragment.Kind.DIMENSION, m.group(1), m.group(2).strip(), column, cell, more));
        } else if ((m = Markers.match(Markers.MEASURE, p)) != null) {
            splitMeasures(Integer.parseInt(m.group(1)), m.group(2), column, cell, more, out);
        } else if ((m = Markers.match(Markers.MEASURE_WITHOUT_DOT, p)) != null
                && Integer.parseInt(m.group(1)) == expectedMeasureNumber.getAsInt()) {
            splitMeasures(Integer.parseInt(m.group(1)), m.group(2), column, cell, more, out);
        } else if (Markers.SUB_POINT.matcher(p).find()) {
            out.add(new Fragment(Fragment.Kind.SUB_POINT, "", p, column, cell, more));
        } else if (UnitNames.isUnitList(p)) {
            out.add(new Fragment(Fragment.Kind.UNITS, "", p, column, cell, more));
        } else if (isDeadline(p, column)) {
            out.add(new Fragment(Fragment.Kind.DEADLINE, "", p, column, cell, more));
        } else {
            out.add(new Fragment(Fragment.Kind.TEXT, "", p, column, cell, more));
        }
    }

    /**
     * {@code 1.資訊室 2.秘書室} in the units column: units numbered per measure, one fragment per number (its code
     * the number), so each goes to its own measure. Without this the numbers would read as measures 資訊室, 秘書室.
     */
    private static boolean numberedUnits(String p, int column, int cell, boolean more, List<Fragment> out) {
        List<UnitNames.Numbered> entries = UnitNames.numbered(p);
        for (int i = 0; i < entries.size(); i++) {
            UnitNames.Numbered e = entries.get(i);
            out.add(new Fragment(Fragment.Kind.UNITS, e.number(), e.units(), column, cell, more || i < entries.size() - 1));
        }
        return !entries.isEmpty();
    }

    private boolean isUnitsColumn(int column) {
        return layout.unitsColumn() >= 0 ? column == layout.unitsColumn() : column > layout.measureColumn();
    }

    /**
     * A units or deadline cell written one item a line ({@code 資訊室<br>秘書室}, {@code 6月30日前<br>8月31日前}) is
     * one cell, read as if written on one line: it is shared by the row's measures as a whole, never one line
     * after another as if each were the whole cell. Numbered units stay apart: their numbers say whose they are.
     */
    private static List<Fragment> joinCellLines(List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : fragments) {
            Fragment last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean joinable = (f.kind() == Fragment.Kind.UNITS || f.kind() == Fragment.Kind.DEADLINE) && f.code().isEmpty();
            if (joinable && last != null && last.kind() == f.kind() && last.code().isEmpty() && last.cell() == f.cell()) {
                out.set(out.size() - 1, new Fragment(f.kind(), "", last.text() + " " + f.text(), f.column(), f.cell(), f.moreInCell()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private boolean isDeadline(String p, int column) {
        if (p.length() > MAX_DEADLINE_CELL) {
            return false;
        }
        return CLASSIFIER.isDeadlineCell(p) || (layout.hasDeadlines() && column == layout.deadlineColumn() && p.length() <= 20);
    }

    /** "1. … 2. … 3. …" in one paragraph: several measures, cut where the next number in sequence starts. */
    private void splitMeasures(int first, String body, int column, int cell, boolean more, List<Fragment> out) {
        int number = first;
        String rest = body;
        while (true) {
            Matcher inner = Markers.INNER_MEASURE.matcher(rest);
            int cut = -1;
            int bodyStart = -1;
            while (inner.find()) {
                if (Integer.parseInt(inner.group(1)) == number + 1) {
                    cut = inner.start();
                    bodyStart = inner.end();
                    break;
                }
            }
            if (cut < 0) {
                out.add(new Fragment(Fragment.Kind.MEASURE, Integer.toString(number), rest.strip(), column, cell, more));
                return;
            }
            out.add(new Fragment(Fragment.Kind.MEASURE, Integer.toString(number), rest.substring(0, cut).strip(), column, cell, true));
            rest = rest.substring(bodyStart);
            number++;
        }
    }

    /**
     * {@code 3. 大數據分析 戶籍行政科}: when a row has no units cell but its last measure or text ends with unit
     * names, extraction merged the units cell into it; split them off again.
     */
    private static boolean pullTrailingUnits(List<Fragment> out) {
        if (out.isEmpty() || out.stream().anyMatch(f -> f.kind() == Fragment.Kind.UNITS)) {
            return false;
        }
        int lastIndex = out.size() - 1;
        Fragment last = out.get(lastIndex);
        if (last.kind() != Fragment.Kind.MEASURE && last.kind() != Fragment.Kind.TEXT) {
            return false;
        }
        int start = UnitNames.trailingUnitsStart(last.text());
        if (start < 0) {
            return false;
        }
        out.set(lastIndex, new Fragment(last.kind(), last.code(), last.text().substring(0, start).strip(), last.column(), last.cell(), true));
        out.add(new Fragment(Fragment.Kind.UNITS, "", last.text().substring(start).strip(), last.column(), last.cell(), false));
        return true;
    }
}

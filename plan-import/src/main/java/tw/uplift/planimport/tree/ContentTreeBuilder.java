package tw.uplift.planimport.tree;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tw.uplift.planimport.deadline.Deadline;
import tw.uplift.planimport.deadline.DeadlineParser;
import tw.uplift.planimport.model.ImportWarning.Kind;
import tw.uplift.planimport.model.ImportedDimension;
import tw.uplift.planimport.model.ImportedFocusArea;
import tw.uplift.planimport.model.ImportedMeasure;
import tw.uplift.planimport.source.SourceLine;
import tw.uplift.planimport.html.HtmlFragments;
import tw.uplift.contracts.values.RocYear;

/**
 * Builds 執行要項 → 執行重點 → 推行作法 from the content table's rows.
 *
 * <p>Why by numbering and not by column: PDF extraction moves cells left or right, splits one sentence over two
 * rows or pages, and merges or drops cells. So every fragment is placed by what it is (一、 (一) 1. (1), a unit
 * list, a deadline phrase) and columns only decide what un-numbered text is. Where the builder has to guess, it
 * records a warning naming the line and the choice.
 */
final class ContentTreeBuilder {

    private final TableLayout layout;
    private final DeadlineParser deadlines;
    private final Integer gregorianYear;
    private final Warnings warnings;
    private final Fragmenter fragmenter;

    private final List<DimensionDraft> dimensions = new ArrayList<>();
    private DimensionDraft dimension;
    private FocusDraft focus;
    private MeasureDraft measure;

    ContentTreeBuilder(TableLayout layout, Integer rocYear, Warnings warnings) {
        this.layout = layout;
        this.deadlines = rocYear == null ? DeadlineParser.withoutYear() : DeadlineParser.forRocYear(rocYear);
        this.gregorianYear = rocYear == null ? null : RocYear.toGregorian(rocYear);
        this.warnings = warnings;
        this.fragmenter = new Fragmenter(layout, () -> focus == null ? 1 : focus.lastNumber + 1);
    }

    /** Per-row state: which measures this row created, which continuation targets it has used. */
    private final class RowState {
        final int line;
        final List<MeasureDraft> created = new ArrayList<>();
        boolean leading = true;
        boolean focusCreated;
        boolean unitsOrDeadlineSeen;
        boolean focusTitleUsed;
        boolean measureTextUsed;
        boolean benefitShared;
        int lastMeasureCell = -1;
        final FocusDraft focusAtStart = focus;
        final MeasureDraft measureAtStart = measure;

        RowState(int line) {
            this.line = line;
        }

        List<MeasureDraft> targets() {
            if (!created.isEmpty()) {
                return created;
            }
            return measure == null ? List.of() : List.of(measure);
        }
    }

    void accept(SourceLine.Row row) {
        Fragmenter.Result result = fragmenter.fragments(row);
        RowState state = new RowState(row.line());
        if (result.unitsPulledFromText()) {
            warnings.add(row.line(), Kind.SHIFTED_CELL, "unit names found at the end of a text cell; read them as the row's 執行單位");
        }
        for (String nothing : result.wordless()) {
            warnings.add(row.line(), Kind.DROPPED_TEXT, "cell text \"" + abbreviate(nothing)
                    + "\" has no letter, digit or CJK character (a table rule or placeholder); not imported");
        }
        for (Fragment f : result.fragments()) {
            switch (f.kind()) {
                case DIMENSION -> onDimension(f, state);
                case FOCUS -> onFocus(f, state);
                case MEASURE -> onMeasure(f, state);
                case SUB_POINT -> onSubPoint(f, state);
                case UNITS -> onUnits(f, state);
                case DEADLINE -> onDeadline(f, state);
                case TEXT -> onText(f, state);
            }
        }
    }

    List<ImportedDimension> finish() {
        closeFocus();
        List<ImportedDimension> out = new ArrayList<>();
        for (DimensionDraft d : dimensions) {
            List<ImportedFocusArea> areas = new ArrayList<>();
            for (FocusDraft fa : d.focusAreas) {
                inheritSharedCells(fa);
                List<ImportedMeasure> measures = new ArrayList<>();
                for (MeasureDraft md : fa.measures) {
                    measures.add(md.build());
                }
                areas.add(new ImportedFocusArea(fa.code, Sentences.tidyTitle(fa.title), fa.line, List.copyOf(fa.units), measures));
            }
            out.add(new ImportedDimension(d.code, Sentences.tidyTitle(d.title), d.line, areas));
        }
        return WordlessItems.drop(out, warnings);
    }

    // ---- numbered items -------------------------------------------------------------------------------------

    private void onDimension(Fragment f, RowState s) {
        closeFocus();
        int value = Markers.cjkValue(f.code());
        int expected = (int) dimensions.stream().filter(d -> !d.code.isEmpty()).count() + 1;
        if (value != expected) {
            warnings.add(s.line, Kind.NUMBERING_GAP, "dimension " + f.code() + "、 follows " + (expected - 1) + " numbered dimension(s); kept as printed");
        }
        if (f.column() != 0) {
            warnings.add(s.line, Kind.SHIFTED_CELL, "dimension " + f.code() + "、 found in column " + (f.column() + 1) + "; placed by its numbering");
        }
        dimension = new DimensionDraft(f.code(), f.text(), s.line);
        dimensions.add(dimension);
        s.leading = false;
    }

    private void onFocus(Fragment f, RowState s) {
        closeFocus();
        ensureDimension(s);
        int value = Markers.cjkValue(f.code().substring(1, f.code().length() - 1));
        if (value != dimension.lastNumber + 1) {
            warnings.add(s.line, Kind.NUMBERING_GAP, "focus area " + f.code() + " in dimension " + label(dimension.code)
                    + " follows " + (dimension.lastNumber == 0 ? "no numbered focus area" : "(" + dimension.lastNumber + ")") + "; kept as printed");
        }
        dimension.lastNumber = value;
        int expectedLow = Math.max(0, layout.measureColumn() - 1);
        if (f.column() < expectedLow || f.column() > layout.measureColumn()) {
            warnings.add(s.line, Kind.SHIFTED_CELL, "focus area " + f.code() + " found in column " + (f.column() + 1) + "; placed by its numbering");
        }
        focus = new FocusDraft(f.code(), f.text(), s.line);
        dimension.focusAreas.add(focus);
        s.focusCreated = true;
        s.leading = false;
    }

    private void onMeasure(Fragment f, RowState s) {
        ensureFocus(s);
        int number = Integer.parseInt(f.code());
        if (number != focus.lastNumber + 1) {
            warnings.add(s.line, Kind.NUMBERING_GAP, "measure " + number + ". in focus area " + label(focus.code) + " follows "
                    + (focus.lastNumber == 0 ? "no numbered measure" : "measure " + focus.lastNumber) + "; kept as printed");
        }
        focus.lastNumber = number;
        if (f.column() != layout.measureColumn()) {
            warnings.add(s.line, Kind.SHIFTED_CELL, "measure " + number + ". found in column " + (f.column() + 1)
                    + " (measures are in column " + (layout.measureColumn() + 1) + "); placed by its numbering");
        }
        MeasureHeading.Split split = MeasureHeading.split(f.text(), f.moreInCell());
        newMeasure(f.code(), split, s, f.cell());
    }

    private void onSubPoint(Fragment f, RowState s) {
        if (measure == null || focus == null || !focus.measures.contains(measure)) {
            ensureFocus(s);
            warnings.add(s.line, Kind.UNNUMBERED_ITEM, "sub-point \"" + abbreviate(f.text()) + "\" without a measure; started an un-numbered measure");
            newMeasure("", new MeasureHeading.Split("", f.text()), s, f.cell());
            return;
        }
        measure.text = Sentences.append(measure.text, f.text());
        s.lastMeasureCell = f.cell();
        s.leading = false;
    }

    // ---- units, deadlines, benefits -------------------------------------------------------------------------

    private void onUnits(Fragment f, RowState s) {
        s.leading = false;
        s.unitsOrDeadlineSeen = true;
        List<String> units = UnitNames.split(f.text());
        if (layout.unitsColumn() >= 0 && f.column() != layout.unitsColumn()) {
            warnings.add(s.line, Kind.SHIFTED_CELL, "units \"" + f.text() + "\" found in column " + (f.column() + 1)
                    + " (執行單位 is column " + (layout.unitsColumn() + 1) + "); read as units by their names");
        }
        if (s.created.isEmpty() && s.focusCreated && focus != null) {
            focus.units.addAll(units);
            return;
        }
        List<MeasureDraft> targets = s.targets();
        if (targets.isEmpty()) {
            if (focus != null) {
                focus.units.addAll(units);
            }
            return;
        }
        if (s.created.isEmpty() && !measure.units.isEmpty()) {
            warnings.add(s.line, Kind.JOINED_SENTENCE, "units \"" + f.text() + "\" on a continuation row added to measure "
                    + measure.label() + " (already " + String.join(" ", measure.units) + ")");
        }
        if (targets.size() == 1) {
            targets.get(0).units.addAll(units);
        } else if (!f.code().isEmpty()) {
            numberedUnits(f, units, targets, s);
        } else {
            // One cell beside several measures, nothing saying which unit does which: a measure often has several
            // units, so the likeliest reading is that they share the work. Dealing the names out in order because
            // their count happens to match the measures' would assign work the document never assigned.
            for (MeasureDraft t : targets) {
                t.units.addAll(units);
            }
            Set<String> each = new LinkedHashSet<>(units);
            warnings.add(s.line, Kind.SHARED_CELL, "units \"" + f.text() + "\" shared by measures " + range(targets) + "; copied to each"
                    + (each.size() < units.size() ? " (" + String.join(" ", each) + ")" : ""));
        }
    }

    /** {@code 1.資訊室 2.秘書室}: the cell numbers its units per measure; number 1 goes to measure 1. */
    private void numberedUnits(Fragment f, List<String> units, List<MeasureDraft> targets, RowState s) {
        for (MeasureDraft t : targets) {
            if (t.code.equals(f.code())) {
                t.units.addAll(units);
                return;
            }
        }
        int position = Integer.parseInt(f.code()) - 1;
        if (position < targets.size()) {
            // Measures numbered 3. 4. beside units numbered 1. 2.: the numbers count the row's measures.
            MeasureDraft t = targets.get(position);
            t.units.addAll(units);
            warnings.add(s.line, Kind.SHARED_CELL, "units numbered " + f.code() + ". (" + f.text() + ") given to measure " + t.label()
                    + ", the row's measure number " + f.code());
            return;
        }
        for (MeasureDraft t : targets) {
            t.units.addAll(units);
        }
        warnings.add(s.line, Kind.SHARED_CELL, "units numbered " + f.code() + ". (" + f.text() + ") but the row has " + targets.size()
                + " measures (" + range(targets) + "); copied to each");
    }

    private void onDeadline(Fragment f, RowState s) {
        s.leading = false;
        s.unitsOrDeadlineSeen = true;
        List<Deadline> parsed = deadlines.parseAll(f.text());
        if (parsed.stream().anyMatch(d -> d instanceof Deadline.Unparsed) || parsed.isEmpty()) {
            parsed = List.of(deadlines.parse(f.text()));
        }
        if (layout.hasDeadlines() && f.column() != layout.deadlineColumn()) {
            warnings.add(s.line, Kind.SHIFTED_CELL, "deadline \"" + f.text() + "\" found in column " + (f.column() + 1)
                    + " (完成期限 is column " + (layout.deadlineColumn() + 1) + "); read as a deadline by its wording");
        }
        List<MeasureDraft> targets = s.created.isEmpty() && s.focusCreated ? List.of() : s.targets();
        if (targets.isEmpty()) {
            if (focus != null) {
                focus.deadline = parsed.get(0);
            }
            return;
        }
        if (targets.size() == parsed.size()) {
            // Unlike units, a measure has exactly one 完成期限: one phrase per measure has no other reading.
            for (int i = 0; i < targets.size(); i++) {
                setDeadline(targets.get(i), parsed.get(i), s.line);
            }
            if (targets.size() > 1) {
                warnings.add(s.line, Kind.SHARED_CELL, "one deadline cell \"" + f.text() + "\" with one phrase per measure ("
                        + range(targets) + "); matched in order");
            }
        } else if (parsed.size() == 1) {
            for (MeasureDraft t : targets) {
                setDeadline(t, parsed.get(0), s.line);
            }
            warnings.add(s.line, Kind.SHARED_CELL, "deadline \"" + f.text() + "\" shared by measures " + range(targets) + "; copied to each");
        } else {
            // Two phrases for three measures: which measure has which date is anyone's guess, so none is dated.
            Deadline whole = new Deadline.Unparsed(f.text());
            for (MeasureDraft t : targets) {
                t.deadline = whole;
            }
            warnings.add(s.line, Kind.SHARED_CELL, "deadline cell \"" + f.text() + "\" has " + parsed.size() + " phrases for "
                    + targets.size() + " measures (" + range(targets) + "); kept the whole cell as undated text on each");
        }
    }

    private void setDeadline(MeasureDraft m, Deadline d, int line) {
        if (d instanceof Deadline.Unparsed) {
            warnings.add(line, Kind.UNPARSED_DEADLINE, "deadline \"" + d.text() + "\" of measure " + m.label() + " not understood; kept as text");
        } else if (d instanceof Deadline.OnDate on && gregorianYear != null) {
            int y = on.date().getYear();
            if (y < gregorianYear || y > gregorianYear + 1) {
                warnings.add(line, Kind.DATE_OUTSIDE_PLAN_YEAR, "deadline " + on.date() + " (\"" + d.text() + "\") of measure " + m.label()
                        + " is outside the plan year " + gregorianYear + " and the next; kept as printed");
            }
        }
        m.deadline = d;
    }

    private void onBenefit(Fragment f, RowState s) {
        s.leading = false;
        List<MeasureDraft> targets = s.targets();
        if (targets.isEmpty()) {
            return;
        }
        for (MeasureDraft m : targets) {
            m.benefit = m.benefit == null ? f.text() : Sentences.join(m.benefit, f.text());
        }
        // The same rule as for units: a benefit may take several sentences, and a sentence break in extracted text
        // is as often the cell's line wrap as a new measure's line, so the sentences are not dealt out by count.
        if (targets.size() > 1 && !s.benefitShared) {
            s.benefitShared = true;
            warnings.add(s.line, Kind.SHARED_CELL, "one 預期效益 cell shared by measures " + range(targets) + "; copied to each");
        }
    }

    // ---- un-numbered text -----------------------------------------------------------------------------------

    private void onText(Fragment f, RowState s) {
        if (s.leading && continueSentence(f, s)) {
            return;
        }
        if (layout.hasBenefits() && (f.column() == layout.benefitColumn()
                || (s.unitsOrDeadlineSeen && f.column() > layout.measureColumn()))) {
            onBenefit(f, s);
            return;
        }
        s.leading = false;
        if (measure != null && s.created.contains(measure) && measure.text.isEmpty()) {
            // The heading (2. 友善洽公環境) and its text sit in neighbouring cells.
            measure.text = f.text();
            s.lastMeasureCell = f.cell();
            return;
        }
        if (measure != null && s.lastMeasureCell == f.cell() && focus != null && focus.measures.contains(measure)) {
            measure.text = Sentences.append(measure.text, f.text());
            return;
        }
        newUnnumberedItem(f, s);
    }

    /**
     * A row that starts with un-numbered text while the previous focus area title or measure text is unfinished
     * carries the rest of that sentence (page or row break). Column decides which one when both are unfinished.
     */
    private boolean continueSentence(Fragment f, RowState s) {
        boolean focusOpen = !s.focusTitleUsed && s.focusAtStart != null && focus == s.focusAtStart
                && !Sentences.isComplete(focus.title) && !focus.title.isEmpty();
        boolean measureOpen = !s.measureTextUsed && s.measureAtStart != null && measure == s.measureAtStart
                && focus != null && focus.measures.contains(measure) && !Sentences.isComplete(measure.text);
        boolean preferMeasure = f.column() >= layout.measureColumn();
        if (measureOpen && (preferMeasure || !focusOpen)) {
            measure.text = Sentences.join(measure.text, f.text());
            s.measureTextUsed = true;
            s.lastMeasureCell = f.cell();
            warnings.add(s.line, Kind.JOINED_SENTENCE, "text \"" + abbreviate(f.text()) + "\" continues measure " + measure.label()
                    + " from line " + measure.line + "; joined");
            return true;
        }
        if (focusOpen) {
            focus.title = Sentences.join(focus.title, f.text());
            s.focusTitleUsed = true;
            warnings.add(s.line, Kind.JOINED_SENTENCE, "text \"" + abbreviate(f.text()) + "\" continues focus area " + label(focus.code)
                    + " from line " + focus.line + "; joined");
            return true;
        }
        return false;
    }

    private void newUnnumberedItem(Fragment f, RowState s) {
        s.leading = false;
        if (f.column() < layout.measureColumn()) {
            if (dimension == null) {
                closeFocus();
                dimension = new DimensionDraft("", f.text(), s.line);
                dimensions.add(dimension);
                warnings.add(s.line, Kind.UNNUMBERED_ITEM, "un-numbered dimension \"" + abbreviate(f.text()) + "\" (code \"\")");
                return;
            }
            if (dimension.focusAreas.isEmpty()) {
                focus = new FocusDraft("", f.text(), s.line);
                dimension.focusAreas.add(focus);
                s.focusCreated = true;
                warnings.add(s.line, Kind.UNNUMBERED_ITEM, "un-numbered focus area \"" + abbreviate(f.text()) + "\" in dimension "
                        + label(dimension.code) + " (code \"\")");
                return;
            }
        }
        ensureFocus(s);
        warnings.add(s.line, Kind.UNNUMBERED_ITEM, "un-numbered measure \"" + abbreviate(f.text()) + "\" in focus area "
                + label(focus.code) + " (code \"\")");
        newMeasure("", MeasureHeading.split(f.text(), f.moreInCell()), s, f.cell());
    }

    // ---- structure helpers ----------------------------------------------------------------------------------

    private void newMeasure(String code, MeasureHeading.Split split, RowState s, int cell) {
        measure = new MeasureDraft(code, split.title(), split.text(), s.line);
        focus.measures.add(measure);
        s.created.add(measure);
        s.lastMeasureCell = cell;
        s.leading = false;
    }

    private void ensureDimension(RowState s) {
        if (dimension == null) {
            dimension = new DimensionDraft("", "", s.line);
            dimensions.add(dimension);
            warnings.add(s.line, Kind.UNNUMBERED_ITEM, "content starts without a dimension; added an un-numbered one");
        }
    }

    private void ensureFocus(RowState s) {
        ensureDimension(s);
        if (focus == null || !dimension.focusAreas.contains(focus)) {
            focus = new FocusDraft("", "", s.line);
            dimension.focusAreas.add(focus);
            warnings.add(s.line, Kind.UNNUMBERED_ITEM, "measure without a focus area in dimension " + label(dimension.code)
                    + "; added an un-numbered focus area");
        }
    }

    /** A focus area that ends without measures is itself the work: it becomes one un-numbered measure. */
    private void closeFocus() {
        if (focus != null && focus.measures.isEmpty()) {
            MeasureDraft implied = new MeasureDraft("", "", Sentences.tidyTitle(focus.title), focus.line);
            implied.units.addAll(focus.units);
            implied.deadline = focus.deadline;
            focus.measures.add(implied);
            warnings.add(focus.line, Kind.IMPLIED_MEASURE, "focus area " + label(focus.code) + " has no measures; its own text"
                    + (focus.units.isEmpty() ? "" : " and units (" + String.join(" ", focus.units) + ")") + " became one un-numbered measure");
        }
        focus = null;
        measure = null;
    }

    /**
     * Word and PDF tables merge a units / deadline / benefit cell over several measures; extraction leaves it on
     * the first one only. A measure without one takes its predecessor's in the same focus area.
     */
    private void inheritSharedCells(FocusDraft fa) {
        MeasureDraft previous = null;
        for (MeasureDraft m : fa.measures) {
            if (m.units.isEmpty()) {
                if (previous != null && !previous.units.isEmpty()) {
                    m.units.addAll(previous.units);
                    warnings.add(m.line, Kind.SHARED_CELL, "measure " + m.label() + " in focus area " + label(fa.code)
                            + " has no units; took " + String.join(" ", previous.units) + " from measure " + previous.label() + " (merged cell)");
                } else if (!fa.units.isEmpty()) {
                    m.units.addAll(fa.units);
                    warnings.add(m.line, Kind.SHARED_CELL, "measure " + m.label() + " has no units; took the focus area's ("
                            + String.join(" ", fa.units) + ")");
                } else {
                    warnings.add(m.line, Kind.MISSING_UNITS, "measure " + m.label() + " in focus area " + label(fa.code) + " has no 執行單位");
                }
            }
            if (layout.hasDeadlines() && m.deadline == null && previous != null && previous.deadline != null) {
                m.deadline = previous.deadline;
                warnings.add(m.line, Kind.SHARED_CELL, "measure " + m.label() + " has no 完成期限; took \"" + previous.deadline.text()
                        + "\" from measure " + previous.label() + " (merged cell)");
            }
            if (layout.hasBenefits() && m.benefit == null && previous != null && previous.benefit != null) {
                m.benefit = previous.benefit;
                warnings.add(m.line, Kind.SHARED_CELL, "measure " + m.label() + " has no 預期效益; took measure "
                        + previous.label() + "'s (merged cell)");
            }
            previous = m;
        }
    }

    private static String label(String code) {
        return code.isEmpty() ? "(un-numbered)" : code;
    }

    private static String labels(List<MeasureDraft> ms) {
        return String.join(", ", ms.stream().map(MeasureDraft::label).toList());
    }

    /** {@code 1–3} for measures numbered one up from the other, else each measure's label. */
    private static String range(List<MeasureDraft> ms) {
        for (int i = 0; i < ms.size(); i++) {
            if (!ms.get(i).code.matches("\\d{1,2}")
                    || (i > 0 && Integer.parseInt(ms.get(i).code) != Integer.parseInt(ms.get(i - 1).code) + 1)) {
                return labels(ms);
            }
        }
        return ms.get(0).code + "–" + ms.get(ms.size() - 1).code;
    }

    static String abbreviate(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }

    // ---- drafts ---------------------------------------------------------------------------------------------

    private static final class DimensionDraft {
        final String code;
        final String title;
        final int line;
        final List<FocusDraft> focusAreas = new ArrayList<>();
        int lastNumber;

        DimensionDraft(String code, String title, int line) {
            this.code = code;
            this.title = title;
            this.line = line;
        }
    }

    private static final class FocusDraft {
        final String code;
        String title;
        final int line;
        final Set<String> units = new LinkedHashSet<>();
        Deadline deadline;
        final List<MeasureDraft> measures = new ArrayList<>();
        int lastNumber;

        FocusDraft(String code, String title, int line) {
            this.code = code;
            this.title = title;
            this.line = line;
        }
    }

    private static final class MeasureDraft {
        final String code;
        final String title;
        String text;
        final int line;
        final Set<String> units = new LinkedHashSet<>();
        Deadline deadline;
        String benefit;

        MeasureDraft(String code, String title, String text, int line) {
            this.code = code;
            this.title = title;
            this.text = text;
            this.line = line;
        }

        String label() {
            String head = code.isEmpty() ? (title.isEmpty() ? abbreviate(text) : title) : code + (title.isEmpty() ? "" : " " + title);
            return "\"" + head + "\" (line " + line + ")";
        }

        ImportedMeasure build() {
            String body = HtmlFragments.collapse(text);
            return new ImportedMeasure(code, title, body.isEmpty() ? title : body, List.copyOf(units), deadline,
                    benefit == null ? null : HtmlFragments.collapse(benefit), line);
        }
    }
}

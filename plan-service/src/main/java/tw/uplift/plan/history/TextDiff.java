package tw.uplift.plan.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that changed between two texts, for the 修正前 and 修正後 columns of a change view (修正對照表): each
 * side as segments, kept or changed, so a page strikes out what the before text lost and underlines what the after
 * text gained. Texts are compared line by line first (a measure's sub-points are lines), then the changed lines
 * word by word. Chinese runs without spaces, so each Han character is a word of its own; Latin words, numbers and
 * runs of spaces are one word each. A lone word left in common between two changes (「辦理訓練」 → 「舉辦研習」 share
 * 「辦」) is shown as changed, so the change reads as one.
 *
 * @param before the older text's segments (its changed ones were deleted)
 * @param after  the newer text's segments (its changed ones were inserted)
 */
public record TextDiff(List<Segment> before, List<Segment> after) {

    /** Lines longer than this together are marked changed as a whole rather than compared word by word. */
    private static final int WORD_DIFF_LIMIT = 4000;
    /** A common stretch this short (in characters) between two changes is taken into the change. */
    private static final int ISLAND = 1;
    private static final Pattern WORD = Pattern.compile("[\\p{IsLatin}\\p{Nd}_]+|\\s+|\\X");
    private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");

    /** A piece of one side's text: kept as it was, or changed (deleted from the before text, inserted in the after). */
    public record Segment(String text, boolean changed) {
    }

    public TextDiff {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** The two texts compared; a missing text is empty. */
    public static TextDiff of(String before, String after) {
        Sides sides = new Sides();
        List<String> a = split(LINE, before);
        List<String> b = split(LINE, after);
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            sides.same(String.join("", a.subList(at, delta.getSource().getPosition())));
            String lost = String.join("", delta.getSource().getLines());
            String gained = String.join("", delta.getTarget().getLines());
            if (lost.isEmpty() || gained.isEmpty() || lost.length() + gained.length() > WORD_DIFF_LIMIT) {
                sides.change(lost, gained);
            } else {
                wordByWord(lost, gained, sides);
            }
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        sides.same(String.join("", a.subList(at, a.size())));
        return new TextDiff(sides.before, sides.after);
    }

    /** Whether the texts differ at all. */
    public boolean changed() {
        return before.stream().anyMatch(Segment::changed) || after.stream().anyMatch(Segment::changed);
    }

    private static void wordByWord(String lost, String gained, Sides sides) {
        List<String> a = split(WORD, lost);
        List<String> b = split(WORD, gained);
        List<Hunk> hunks = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            String common = String.join("", a.subList(at, delta.getSource().getPosition()));
            if (!common.isEmpty()) {
                hunks.add(new Hunk(common, common));
            }
            hunks.add(new Hunk(String.join("", delta.getSource().getLines()), String.join("", delta.getTarget().getLines()),
                    true));
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        String rest = String.join("", a.subList(at, a.size()));
        if (!rest.isEmpty()) {
            hunks.add(new Hunk(rest, rest));
        }
        for (Hunk hunk : withoutIslands(hunks)) {
            if (hunk.changed) {
                sides.change(hunk.lost, hunk.gained);
            } else {
                sides.same(hunk.lost);
            }
        }
    }

    /** Takes a lone common word between two changes into them, and joins the changes that then meet. */
    private static List<Hunk> withoutIslands(List<Hunk> hunks) {
        List<Hunk> joined = new ArrayList<>();
        for (int i = 0; i < hunks.size(); i++) {
            Hunk hunk = hunks.get(i);
            boolean island = !hunk.changed && i > 0 && i < hunks.size() - 1 && hunks.get(i - 1).changed
                    && hunks.get(i + 1).changed && hunk.lost.strip().codePointCount(0, hunk.lost.strip().length()) <= ISLAND;
            Hunk next = island ? new Hunk(hunk.lost, hunk.gained, true) : hunk;
            if (!joined.isEmpty() && joined.getLast().changed && next.changed) {
                Hunk last = joined.removeLast();
                joined.add(new Hunk(last.lost + next.lost, last.gained + next.gained, true));
            } else {
                joined.add(next);
            }
        }
        return joined;
    }

    private static List<String> split(Pattern pattern, String text) {
        List<String> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            parts.add(m.group());
        }
        return parts;
    }

    /** A stretch of both texts: the same on both sides, or what the before text lost and the after text gained. */
    private record Hunk(String lost, String gained, boolean changed) {

        Hunk(String lost, String gained) {
            this(lost, gained, false);
        }
    }

    /** The two sides being written, neighbouring segments of the same kind joined. */
    private static final class Sides {
        private final List<Segment> before = new ArrayList<>();
        private final List<Segment> after = new ArrayList<>();

        void same(String text) {
            add(before, text, false);
            add(after, text, false);
        }

        void change(String lost, String gained) {
            add(before, lost, true);
            add(after, gained, true);
        }

        private static void add(List<Segment> side, String text, boolean changed) {
            if (text.isEmpty()) {
                return;
            }
            if (!side.isEmpty() && side.getLast().changed() == changed) {
                side.add(new Segment(side.removeLast().text() + text, changed));
            } else {
                side.add(new Segment(text, changed));
            }
        }
    }
}

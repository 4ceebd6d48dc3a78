package tw.uplift.planimport.model;

/**
 * A place where the parser had to guess, and what it chose.
 *
 * @param line    1-based source line (for .docx: running row/paragraph number), 0 when not tied to a line
 * @param kind    what sort of guess
 * @param message the choice made, in words, naming the item
 */
public record ImportWarning(int line, Kind kind, String message) {

    public enum Kind {
        /** A cell sat in another column than its header says; it was placed by its numbering or content. */
        SHIFTED_CELL,
        /** A sentence broken over two rows or pages was joined. */
        JOINED_SENTENCE,
        /**
         * Units, a deadline or a benefit were taken from a cell shared by several measures: copied to each unless
         * the cell says which is whose.
         */
        SHARED_CELL,
        /** An item without a number was accepted (code ""). */
        UNNUMBERED_ITEM,
        /** Numbers skip or repeat. */
        NUMBERING_GAP,
        /** A focus area without measures became one measure. */
        IMPLIED_MEASURE,
        /** A measure has no responsible unit. */
        MISSING_UNITS,
        /** A deadline phrase was not understood; the original text is kept. */
        UNPARSED_DEADLINE,
        /** A date outside the plan year and the next. */
        DATE_OUTSIDE_PLAN_YEAR,
        /** Header information (title, year) missing or guessed. */
        HEADER,
        /** The text encoding was guessed. */
        ENCODING,
        /**
         * Text with no letter, digit or CJK character (a rule cell such as {@code --}, a {@code －} placeholder, an
         * item left as punctuation) was not imported; the message quotes it.
         */
        DROPPED_TEXT
    }
}

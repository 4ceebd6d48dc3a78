package tw.uplift.planimport.tree;

/**
 * One recognisable piece of a table row: a paragraph of a cell, or part of one where a cell holds several
 * measures.
 *
 * @param kind   what it is, by its numbering or content
 * @param code   the number as printed without decoration ({@code 一}, {@code (一)}, {@code 1}); "" if none
 * @param text   the text after the number
 * @param column the cell's column in the row
 * @param cell   the cell's position in the row (fragments of one cell share it)
 * @param moreInCell true when further paragraphs of the same cell follow
 */
record Fragment(Kind kind, String code, String text, int column, int cell, boolean moreInCell) {

    enum Kind { DIMENSION, FOCUS, MEASURE, SUB_POINT, UNITS, DEADLINE, TEXT }
}

package tw.uplift.planimport.source;

import java.util.List;

/** One line of a document, numbered from 1 (for .docx: a running number over paragraphs and table rows). */
public sealed interface SourceLine permits SourceLine.Text, SourceLine.Row, SourceLine.Blank {

    int line();

    /** Prose outside a table. */
    record Text(int line, String text) implements SourceLine {
    }

    /** A table row; cells keep their column index so shifted cells can be noticed. */
    record Row(int line, List<Cell> cells) implements SourceLine {
        public Row {
            cells = List.copyOf(cells);
        }

        /** All paragraphs of all cells joined, for header matching. */
        public String plainText() {
            StringBuilder b = new StringBuilder();
            for (Cell c : cells) {
                for (String p : c.paragraphs()) {
                    b.append(p).append(' ');
                }
            }
            return b.toString().strip();
        }

        public boolean isEmpty() {
            return cells.stream().allMatch(Cell::isEmpty);
        }
    }

    /** An empty line: in text extracted from a PDF, usually a page break. */
    record Blank(int line) implements SourceLine {
    }

    /** A table cell: its column (0-based) and its paragraphs (HTML {@code <p>}/{@code <li>}, Word paragraphs). */
    record Cell(int column, List<String> paragraphs) {
        public Cell {
            paragraphs = paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
        }

        public boolean isEmpty() {
            return paragraphs.isEmpty();
        }

        public String text() {
            return String.join(" ", paragraphs);
        }
    }
}

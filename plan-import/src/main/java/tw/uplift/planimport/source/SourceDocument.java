package tw.uplift.planimport.source;

import java.util.List;

/** A document as lines, whatever format it came in. */
public record SourceDocument(List<SourceLine> lines) {
    public SourceDocument {
        lines = List.copyOf(lines);
    }
}

package tw.uplift.planimport.tree;

import java.util.ArrayList;
import java.util.List;
import tw.uplift.planimport.model.ImportWarning;

/** Collects the parser's guesses in document order. Not thread-safe; one per import. */
final class Warnings {
    private final List<ImportWarning> list = new ArrayList<>();

    void add(int line, ImportWarning.Kind kind, String message) {
        list.add(new ImportWarning(line, kind, message));
    }

    /** In document order (stable: warnings of one line keep the order they were made in). */
    List<ImportWarning> list() {
        List<ImportWarning> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparingInt(ImportWarning::line));
        return List.copyOf(sorted);
    }
}

package tw.uplift.plan.authoring;

import tw.uplift.contracts.plan.PlanContentSnapshot;

/**
 * How large a submission's content is once written as JSON, from above: a {@code PlanSubmitted} travels as one Kafka
 * record, and a record larger than the producer's limit (1 MiB by default) could never leave the outbox. A plan whose
 * content would come near it is refused at submission instead, with a message the clerk can act on. Real plans are far
 * below it (the largest example document is about 30 KB of text).
 */
final class SubmittedContentSize {

    /** The most a submission's content may take (estimated JSON bytes), leaving room for the rest of the record. */
    static final int LIMIT = 768 * 1024;

    /** Keys, brackets and separators of one measure, with room for a date and the units' separators. */
    private static final int MEASURE_OVERHEAD = 200;
    private static final int GROUP_OVERHEAD = 64;

    private SubmittedContentSize() {
    }

    /** An upper bound of the UTF-8 JSON length of {@code content}. */
    static long estimate(PlanContentSnapshot content) {
        long size = GROUP_OVERHEAD;
        for (PlanContentSnapshot.Dimension d : content.dimensions()) {
            size += GROUP_OVERHEAD + of(d.code()) + of(d.title());
            for (PlanContentSnapshot.FocusArea f : d.focusAreas()) {
                size += GROUP_OVERHEAD + of(f.code()) + of(f.title());
                for (PlanContentSnapshot.Measure m : f.measures()) {
                    size += MEASURE_OVERHEAD + of(m.id()) + of(m.code()) + of(m.title()) + of(m.text())
                            + of(m.deadlineText()) + of(m.cadence()) + of(m.expectedBenefit());
                    for (String unit : m.units()) {
                        size += of(unit) + 1;
                    }
                }
            }
        }
        return size;
    }

    /** A JSON string's length in UTF-8 bytes, counting every escaped character at its longest form. */
    static long of(String s) {
        if (s == null) {
            return 4;
        }
        long bytes = 2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                bytes += 6;
            } else if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800 || Character.isSurrogate(c)) {
                bytes += 2;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}

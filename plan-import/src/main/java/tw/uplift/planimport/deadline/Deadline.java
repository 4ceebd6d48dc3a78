package tw.uplift.planimport.deadline;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A measure's 完成期限. Every variant keeps the phrase as printed in {@link #text()}.
 */
public sealed interface Deadline permits Deadline.OnDate, Deadline.Continuous, Deadline.Recurring, Deadline.Unparsed {

    /** The kind as written to JSON. */
    enum Kind { DATE, CONTINUOUS, CADENCE, UNPARSED }

    String text();

    Kind kind();

    /** Due by a day (1月31日前, 第三季, 次年1月, 115年3月31日). */
    record OnDate(LocalDate date, String text) implements Deadline {
        public OnDate {
            Objects.requireNonNull(date);
            Objects.requireNonNull(text);
        }

        @Override
        public Kind kind() {
            return Kind.DATE;
        }
    }

    /** 持續辦理: ongoing work, progress reported at {@code cadence} (quarterly unless the text says otherwise). */
    record Continuous(Cadence cadence, String text) implements Deadline {
        public Continuous {
            Objects.requireNonNull(cadence);
            Objects.requireNonNull(text);
        }

        @Override
        public Kind kind() {
            return Kind.CONTINUOUS;
        }
    }

    /** 每月 / 每季: recurring work, one report due by the end of each period. */
    record Recurring(Cadence cadence, String text) implements Deadline {
        public Recurring {
            Objects.requireNonNull(cadence);
            Objects.requireNonNull(text);
        }

        @Override
        public Kind kind() {
            return Kind.CADENCE;
        }
    }

    /** A phrase the parser did not understand; the original text is kept for a person to read. */
    record Unparsed(String text) implements Deadline {
        public Unparsed {
            Objects.requireNonNull(text);
        }

        @Override
        public Kind kind() {
            return Kind.UNPARSED;
        }
    }
}

package tw.uplift.planimport;

/**
 * A document that cannot be imported. Import is all or nothing: when this is thrown no plan was
 * produced. {@link #problem()} is stable and machine-readable (for a problem+json {@code type}),
 * {@link #line()} is the 1-based line (or table row for .docx) when known, 0 otherwise.
 */
public class PlanImportException extends RuntimeException {

    /** Machine-readable reasons. */
    public enum Problem {
        EMPTY_FILE, TOO_LARGE, BINARY_CONTENT, UNSUPPORTED_FORMAT, DAMAGED_DOCUMENT, ZIP_BOMB, NOT_A_PLAN, READ_FAILED
    }

    private final Problem problem;
    private final int line;

    public PlanImportException(Problem problem, int line, String message) {
        this(problem, line, message, null);
    }

    public PlanImportException(Problem problem, int line, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
        this.line = line;
    }

    public Problem problem() {
        return problem;
    }

    public int line() {
        return line;
    }

    /** One line for a terminal: problem code, where, and what. */
    public String describe(String fileName) {
        String where = line > 0 ? fileName + ":" + line : fileName;
        return "plan import failed [" + problem + "] " + where + ": " + getMessage();
    }
}

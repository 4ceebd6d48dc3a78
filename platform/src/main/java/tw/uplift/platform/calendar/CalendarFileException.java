package tw.uplift.platform.calendar;

/**
 * A calendar file that cannot be used, with the file and the line to fix; the service refuses to start on it
 * rather than count due dates on a calendar it half read.
 */
public class CalendarFileException extends RuntimeException {

    private final String file;
    private final int line;

    public CalendarFileException(String file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** The line to fix, counting the header as line 1; 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }
}

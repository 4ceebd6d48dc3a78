package tw.uplift.launcher;

/** A part of the local system could not start or stop; the message says which and where its log is. */
public class LauncherException extends RuntimeException {

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}

package tw.uplift.gateway.routing;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

/** Says in a few words why a service did not answer, for a log line or the status page. */
public final class Unreachable {

    private Unreachable() {
    }

    public static String why(Throwable error) {
        Throwable root = error;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "not reachable (connection refused)";
            }
            if (t instanceof HttpTimeoutException || t instanceof SocketTimeoutException) {
                return "no answer in time";
            }
            root = t;
        }
        return "not reachable (" + root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage()) + ")";
    }
}

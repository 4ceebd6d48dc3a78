package tw.uplift.platform.domain;

/**
 * Nothing with that id exists for the caller. Also used when something exists but belongs to another
 * agency, so ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, String id) {
        super(what + " " + id + " was not found");
    }
}

package tw.uplift.platform.domain;

/**
 * A request that is well-formed but breaks a business rule (e.g. submitting a plan that is already under
 * review). Answered with 409 and the rule's code, naming the field when one is to blame.
 */
public class RuleViolationException extends RuntimeException {

    private final String code;
    private final String field;

    public RuleViolationException(String code, String message) {
        this(code, null, message);
    }

    public RuleViolationException(String code, String field, String message) {
        super(message);
        this.code = code;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}

package tw.uplift.platform.domain;

import java.util.List;

/**
 * Input that breaks a rule of the domain, field by field (answered 400 with {@code errors[{field, message}]}).
 * Plain Java so a domain can throw it without knowing about HTTP; {@link ProblemDetailsAdvice} answers it.
 */
public class InvalidInput extends RuntimeException {

    /** One offending field, named as the client sent it (e.g. {@code answers[2].score}). */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid input" : problems.get(0).field() + ": " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}

package tw.uplift.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one factory of RFC 9457 problem documents, for every place that answers an error: the MVC advice,
 * controllers with errors of their own, servlet filters and Tomcat's error valve (which run before Spring MVC
 * and write the document themselves). Each has a {@code type} under {@value #TYPE_BASE}, the status's title, a
 * detail for people, and, where fields are to blame, {@code errors: [{field, message}]}.
 */
public final class Problems {

    public static final String TYPE_BASE = "https://uplift.tw/problems/";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    /** One offending field, named as the client sent it (e.g. {@code answers[2].score}). */
    public record FieldProblem(String field, String message) {
    }

    /** A problem document; {@code type} is the last segment of its type URI, e.g. {@code validation}. */
    public static ProblemDetail of(HttpStatusCode status, String type, String detail, List<FieldProblem> errors) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(URI.create(TYPE_BASE + type));
        HttpStatus known = HttpStatus.resolve(status.value());
        pd.setTitle(known != null ? known.getReasonPhrase() : "Error");
        if (!errors.isEmpty()) {
            pd.setProperty("errors", errors.stream().map(e -> Map.of("field", e.field(), "message",
                    e.message() == null ? "invalid" : e.message())).toList());
        }
        return pd;
    }

    public static ProblemDetail of(HttpStatusCode status, String type, String detail) {
        return of(status, type, detail, List.of());
    }

    /** The document as a response entity with {@code application/problem+json}. */
    public static <T> ResponseEntity<T> response(ProblemDetail problem) {
        @SuppressWarnings("unchecked")
        T body = (T) problem;
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    /** The document as JSON text, for code that writes the response itself. */
    public static String json(ProblemDetail problem) {
        return JSON.writeValueAsString(problem);
    }

    /** Writes the document as the whole response (servlet filters, which run before Spring MVC). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json(problem));
    }
}

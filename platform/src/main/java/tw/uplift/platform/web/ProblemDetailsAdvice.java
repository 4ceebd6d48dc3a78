package tw.uplift.platform.web;

import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.web.Problems.FieldProblem;

/**
 * Every error as RFC 9457 problem details (built by {@link Problems}). Validation problems list each offending
 * field in {@code errors: [{field, message}]}; bad JSON names the field it broke at; nothing a client sends
 * becomes a 500. The domain's own refusals ({@code tw.uplift.platform.domain}) map to 400, 404 and 409; the store
 * out of reach (restarting, the network between) to 503 with {@code Retry-After}.
 * Anything else, {@code IllegalArgumentException} included, is a programming error: logged with its stack and
 * answered 500 without internals.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    /** How long a client should wait before retrying while the store is out of reach. */
    static final String RETRY_AFTER_SECONDS = "5";
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(fe.getField(), fe.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(ge -> errors.add(new FieldProblem(ge.getObjectName(), ge.getDefaultMessage())));
        return problem(HttpStatus.BAD_REQUEST, "validation", "Request has invalid fields", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors().forEach(error -> errors.add(
                new FieldProblem(result.getMethodParameter().getParameterName(), error.getDefaultMessage()))));
        return problem(HttpStatus.BAD_REQUEST, "validation", "Request has invalid parameters", errors);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = "body";
        String message = "The request body is missing or is not valid JSON";
        Throwable cause = ex.getCause();
        while (cause != null && !(cause instanceof DatabindException)) {
            cause = cause.getCause();
        }
        if (cause instanceof DatabindException db) {
            String path = db.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("body");
            field = path;
            message = "Cannot read this value: " + db.getOriginalMessage();
        }
        return problem(HttpStatus.BAD_REQUEST, "unreadable", message, List.of(new FieldProblem(field, message)));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
        String message = "'" + ex.getValue() + "' is not a valid value";
        return problem(HttpStatus.BAD_REQUEST, "validation", message, List.of(new FieldProblem(ex.getName(), message)));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex) {
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList();
        return problem(HttpStatus.BAD_REQUEST, "validation", "Request has invalid fields", errors);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalidInput(InvalidInput ex) {
        return problem(HttpStatus.BAD_REQUEST, "validation", "Request has invalid fields",
                ex.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "not-found", ex.getMessage(), List.of());
    }

    @ExceptionHandler(RuleViolationException.class)
    ResponseEntity<Object> ruleViolation(RuleViolationException ex) {
        List<FieldProblem> errors = ex.field() == null ? List.of() : List.of(new FieldProblem(ex.field(), ex.getMessage()));
        ProblemDetail pd = Problems.of(HttpStatus.CONFLICT, ex.code(), ex.getMessage(), errors);
        pd.setProperty("code", ex.code());
        return Problems.response(pd);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, DuplicateKeyException.class})
    ResponseEntity<Object> conflict(RuntimeException ex) {
        return problem(HttpStatus.CONFLICT, "conflict",
                "Someone else changed this at the same time; reload and try again", List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "You may not do this", List.of());
    }

    /**
     * The store cannot be reached for a moment (it restarts, a connection was cut): nothing is wrong with the request
     * or the code, so 503 with {@code Retry-After} tells the client to send the same request again (the writes that
     * matter are safe to repeat: answers and submissions by their keys and states), and the log gets one line, not a
     * stack. The chaos suite's store restart sees this instead of a 500.
     */
    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<Object> storeUnavailable(DataAccessResourceFailureException ex) {
        log.warn("store unavailable: {}", ex.getMessage());
        ProblemDetail pd = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable",
                "The service cannot reach its store just now; try again in a few seconds", List.of());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex) {
        log.error("unexpected error", ex);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong on our side", List.of());
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail pd && pd.getType() == null) {
            pd.setType(URI.create(Problems.TYPE_BASE + statusCode.value()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ResponseEntity<Object> problem(HttpStatus status, String type, String detail,
            List<FieldProblem> errors) {
        return Problems.response(Problems.of(status, type, detail, errors));
    }
}

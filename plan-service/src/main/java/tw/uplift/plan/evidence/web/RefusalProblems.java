package tw.uplift.plan.evidence.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tw.uplift.plan.evidence.EvidenceContentCheck;
import tw.uplift.plan.evidence.RefusedInput;
import tw.uplift.platform.web.Problems;

/**
 * Refused input ({@link RefusedInput}) as the API answers it: a 400 problem naming each field, worded in English
 * from {@code plan-progress-messages_en} (the API's language, as every other problem of the service).
 */
public final class RefusalProblems {

    private RefusalProblems() {
    }

    public static ResponseEntity<ProblemDetail> of(RefusedInput refused, MessageSource messages) {
        List<Problems.FieldProblem> errors = refused.reasons().stream()
                .map(r -> new Problems.FieldProblem(r.field(), word(r, messages, Locale.ENGLISH))).toList();
        return Problems.response(Problems.of(HttpStatus.BAD_REQUEST, "validation",
                errors.isEmpty() ? "Request has invalid fields" : errors.getFirst().message(), errors));
    }

    /** An upload over the limit, refused by the container before any of it was read: 413, naming the evidence. */
    public static ResponseEntity<ProblemDetail> tooLarge(MessageSource messages) {
        String message = messages.getMessage("evidence.refused.uploadTooLarge",
                new Object[] {EvidenceContentCheck.MAX_MB}, Locale.ENGLISH);
        return Problems.response(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "evidence-too-large", message,
                List.of(new Problems.FieldProblem(EvidenceContentCheck.FIELD, message))));
    }

    /** One reason in words, in a language. */
    public static String word(RefusedInput.Reason reason, MessageSource messages, Locale locale) {
        return messages.getMessage(reason.key(), reason.args().toArray(), reason.key(), locale);
    }
}

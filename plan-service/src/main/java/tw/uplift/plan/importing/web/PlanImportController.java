package tw.uplift.plan.importing.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.node.ObjectNode;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.web.PlanInput;
import tw.uplift.plan.authoring.web.UploadRefusal;
import tw.uplift.plan.importing.PlanImport;
import tw.uplift.planimport.PlanImportException;
import tw.uplift.planimport.json.PlanJson;
import tw.uplift.planimport.model.ImportedPlan;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.platform.web.Problems;

/**
 * {@code POST /api/plans/import} with a multipart {@code file}: answers the parsed plan (the same JSON as
 * {@code ./uplift preview}, warnings included); with {@code confirm=true} also saves it as a DRAFT plan
 * of the caller's agency and answers 201 with {@code planId}. The saved draft passes the same checks as a
 * typed plan ({@link PlanInput}): a field too long is a 400 naming it. With an {@code Idempotency-Key} header the
 * same key saves one draft however often it is sent (a repeat answers as the first did, with the same {@code planId}).
 */
@RestController
@RequestMapping("/api/plans/import")
public class PlanImportController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final PlanImport planImport;
    private final PlanAuthoring authoring;
    private final Validator validator;

    public PlanImportController(PlanImport planImport, PlanAuthoring authoring, Validator validator) {
        this.planImport = planImport;
        this.authoring = authoring;
        this.validator = validator;
    }

    @Operation(summary = "Parse a plan document (.txt/.md/.html/.docx); with confirm=true save it as a draft")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ObjectNode> importPlan(CurrentUser user, @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean confirm, @RequestParam(required = false) Integer rocYear,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) throws IOException {
        user.requireAgency();
        ImportedPlan imported = planImport.preview(file.getOriginalFilename(), file.getBytes());
        ObjectNode body = PlanJson.tree(imported);
        if (!confirm) {
            return ResponseEntity.ok(body);
        }
        PlanImport.Draft draft = planImport.draftOf(imported, rocYear);
        PlanInput input = PlanInput.of(draft.rocYear(), draft.text());
        Set<ConstraintViolation<PlanInput>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Plan plan = idempotencyKey == null
                ? authoring.create(user, input.rocYear(), input.draft())
                : authoring.createOnce(user, checked(idempotencyKey), input.rocYear(), input.draft());
        body.put("planId", plan.getId());
        return ResponseEntity.created(URI.create("/api/plans/" + plan.getId())).body(body);
    }

    private static String checked(String idempotencyKey) {
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw InvalidInput.of(IDEMPOTENCY_KEY, "give 1 to " + MAX_KEY_LENGTH + " characters");
        }
        return idempotencyKey;
    }

    /** An upload the container refused to read ({@link UploadRefusal}): as a file the importer refused. */
    @ExceptionHandler({MaxUploadSizeExceededException.class, InvalidParameterException.class})
    ResponseEntity<ProblemDetail> unreadableUpload(Exception e) {
        return unreadable(UploadRefusal.tooLarge(e)
                ? new PlanImportException(PlanImportException.Problem.TOO_LARGE, 0, "the file is larger than the upload limit")
                : new PlanImportException(PlanImportException.Problem.READ_FAILED, 0, "the upload could not be read"));
    }

    /** A file that is not a readable plan: 400 (413 when too large) naming the problem and the line. */
    @ExceptionHandler(PlanImportException.class)
    ResponseEntity<ProblemDetail> unreadable(PlanImportException e) {
        HttpStatus status = e.problem() == PlanImportException.Problem.TOO_LARGE ? HttpStatus.PAYLOAD_TOO_LARGE
                : HttpStatus.BAD_REQUEST;
        ProblemDetail pd = Problems.of(status, "import-" + e.problem().name().toLowerCase().replace('_', '-'),
                e.getMessage(), List.of(new Problems.FieldProblem("file", e.getMessage())));
        pd.setTitle("The file is not a readable plan");
        pd.setProperty("code", e.problem().name());
        if (e.line() > 0) {
            pd.setProperty("line", e.line());
        }
        return Problems.response(pd);
    }
}

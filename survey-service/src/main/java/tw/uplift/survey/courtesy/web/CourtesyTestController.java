package tw.uplift.survey.courtesy.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.courtesy.CourtesyTest;
import tw.uplift.survey.courtesy.CourtesyTestDraft;
import tw.uplift.survey.courtesy.CourtesyTests;
import tw.uplift.survey.courtesy.CriterionScore;
import tw.uplift.survey.courtesy.Mark;
import tw.uplift.survey.courtesy.Rubric;
import tw.uplift.survey.design.MeasureLink;

/**
 * Staff API for courtesy tests (電話禮貌測試, 神秘客訪查): the rubrics, scoring a test, and the agency's tests by year
 * (AGENCY_STAFF / AGENCY_HEAD, own agency only).
 */
@RestController
@RequestMapping("/api/courtesy-tests")
@Tag(name = "courtesy-tests", description = "Phone courtesy tests and mystery-shopper visits scored with their rubrics")
class CourtesyTestController {

    private final CourtesyTests tests;
    private final Clock clock;

    CourtesyTestController(CourtesyTests tests, Clock clock) {
        this.tests = tests;
        this.clock = clock;
    }

    record MarkRequest(Integer points, @Size(max = Rubric.MAX_NOTE) String note) {
    }

    record ScoreRequest(CourtesyTestKind kind, @Size(max = CourtesyTestDraft.MAX_ID) String planId,
            @Size(max = CourtesyTestDraft.MAX_ID) String measureId, String unit, Instant testedAt, String tester,
            @Size(max = 50) Map<String, @Valid MarkRequest> scores) {
        CourtesyTestDraft toDomain() {
            Map<String, Mark> marks = new LinkedHashMap<>();
            if (scores != null) {
                scores.forEach((id, m) -> marks.put(id, m == null ? null : new Mark(m.points(), m.note())));
            }
            marks.values().removeIf(m -> m == null);
            return new CourtesyTestDraft(kind, MeasureLink.measure(planId, measureId), unit, testedAt, tester, marks);
        }
    }

    record CourtesyTestView(String id, String agencyId, String planId, String measureId, CourtesyTestKind kind,
            String unit, String tester, Instant testedAt, int rocYear, List<CriterionScore> scores, int score,
            int maxScore, String recordedBy, Instant recordedAt) {
        static CourtesyTestView of(CourtesyTest t) {
            return new CourtesyTestView(t.getId(), t.agencyId(), t.planId(), t.measureId(), t.kind(), t.unit(),
                    t.tester(), t.testedAt(), t.rocYear(), t.scores(), t.score(), t.maxScore(), t.recordedBy(),
                    t.recordedAt());
        }
    }

    @GetMapping("/rubrics/{kind}")
    @Operation(summary = "The rubric a kind of test is scored with: criteria with their maxima, adding up to 100")
    Rubric rubric(@PathVariable CourtesyTestKind kind) {
        return tests.rubric(kind);
    }

    @PostMapping
    @Operation(summary = "Score a test for the caller's agency (publishes CourtesyTestScored). Every criterion of the "
            + "kind's rubric is scored 0..its maximum, keyed by criterion id. Send an Idempotency-Key to retry safely: "
            + "the same key gives back the test scored first.")
    ResponseEntity<CourtesyTestView> score(CurrentUser user,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody ScoreRequest request) {
        CourtesyTest t = tests.score(user, request.toDomain(), idempotencyKey);
        return ResponseEntity.created(URI.create("/api/courtesy-tests/" + t.getId())).body(CourtesyTestView.of(t));
    }

    @GetMapping
    @Operation(summary = "The agency's tests done in an ROC year (default this year in Taipei), the latest first")
    List<CourtesyTestView> list(CurrentUser user,
            @Parameter(description = "ROC year, e.g. 115 for 2026") @RequestParam(required = false) Integer rocYear) {
        return tests.list(user, yearOf(rocYear, clock)).stream().map(CourtesyTestView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One test of the agency")
    CourtesyTestView get(CurrentUser user, @PathVariable String id) {
        return CourtesyTestView.of(tests.get(user, id));
    }

    /** The year asked for, or this year in Taipei; a number outside the years of plans is refused naming it. */
    static RocYear yearOf(Integer rocYear, Clock clock) {
        if (rocYear == null) {
            return RocYear.current(clock);
        }
        if (!RocYear.isValid(rocYear)) {
            throw InvalidInput.of("rocYear", "an ROC year from " + RocYear.MIN + " to " + RocYear.MAX);
        }
        return RocYear.of(rocYear);
    }
}

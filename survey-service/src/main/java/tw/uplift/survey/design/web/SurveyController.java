package tw.uplift.survey.design.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.design.ChoiceOption;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.MeasureLink;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Segment;
import tw.uplift.survey.design.SegmentKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyDesign;
import tw.uplift.survey.design.SurveyDraft;
import tw.uplift.survey.design.SurveyStatus;

/** Staff API for designing and opening surveys (AGENCY_STAFF / AGENCY_HEAD, own agency only). */
@RestController
@RequestMapping("/api/surveys")
@Tag(name = "surveys", description = "Design, open and list the agency's satisfaction surveys")
class SurveyController {

    private final SurveyDesign design;

    SurveyController(SurveyDesign design) {
        this.design = design;
    }

    record Text(@NotBlank @Size(max = 500) String zh, @Size(max = 500) String en) {
        LocalizedText toDomain() {
            return new LocalizedText(zh, en);
        }
    }

    record OptionRequest(@NotBlank @Size(max = 40) String id, @NotNull @Valid Text text) {
    }

    /** @param respondentGroup a CHOICE whose options sort respondents into groups reported like segments */
    record QuestionRequest(@NotBlank @Size(max = 40) String id, @NotNull @Valid Text text, @NotNull QuestionKind kind,
            @Size(max = 30) List<@NotNull @Valid OptionRequest> options, Boolean required, Boolean respondentGroup) {
        Question toDomain() {
            List<ChoiceOption> opts = options == null ? List.of()
                    : options.stream().map(o -> new ChoiceOption(o.id(), o.text().toDomain())).toList();
            return new Question(id, text.toDomain(), kind, opts, required == null || required,
                    Boolean.TRUE.equals(respondentGroup));
        }
    }

    /** A segment (分眾): its own link and QR code, its own results; population when known. */
    record SegmentRequest(@NotBlank @Size(max = 40) String id, @NotNull @Valid Text name, @NotNull SegmentKind kind,
            Long population) {
        Segment toDomain() {
            return new Segment(id, name.toDomain(), kind, population);
        }
    }

    record CreateSurveyRequest(@NotNull @Valid Text title, @Size(max = 100) String planId,
            @Size(max = 100) String measureId,
            @NotEmpty @Size(max = Survey.MAX_QUESTIONS) List<@NotNull @Valid QuestionRequest> questions,
            @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") Double satisfactionThreshold,
            Instant closesAt, @Size(max = 30) List<@NotNull @Valid SegmentRequest> segments, Long targetPopulation,
            Integer sampleSize) {
        SurveyDraft toDomain() {
            return new SurveyDraft(title.toDomain(), MeasureLink.measure(planId, measureId),
                    questions.stream().map(QuestionRequest::toDomain).toList(), satisfactionThreshold, closesAt,
                    segments == null ? List.of() : segments.stream().map(SegmentRequest::toDomain).toList(),
                    targetPopulation, sampleSize);
        }
    }

    record SurveyView(String id, String agencyId, LocalizedText title, String planId, String measureId,
            List<Question> questions, List<Segment> segments, Long targetPopulation, Integer sampleSize,
            double satisfactionThreshold, SurveyStatus status, Instant createdAt,
            Instant opensAt, Instant closesAt, Instant closedAt, Long responses, Double satisfactionRate) {
        static SurveyView of(Survey s) {
            return new SurveyView(s.getId(), s.agencyId(), s.title(), s.planId(), s.measureId(), s.questions(),
                    s.segments(), s.targetPopulation(), s.sampleSize(),
                    s.satisfactionThreshold(), s.status(), s.createdAt(), s.opensAt(), s.closesAt(), s.closedAt(),
                    s.responses(), s.satisfactionRate());
        }
    }

    @PostMapping
    @Operation(summary = "Create a survey in DRAFT")
    ResponseEntity<SurveyView> create(CurrentUser user, @Valid @RequestBody CreateSurveyRequest request) {
        Survey s = design.create(user, request.toDomain());
        return ResponseEntity.created(URI.create("/api/surveys/" + s.getId())).body(SurveyView.of(s));
    }

    @GetMapping
    @Operation(summary = "The agency's surveys, newest first")
    List<SurveyView> list(CurrentUser user) {
        return design.list(user).stream().map(SurveyView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One survey of the agency")
    SurveyView get(CurrentUser user, @PathVariable String id) {
        return SurveyView.of(design.get(user, id));
    }

    @PostMapping("/{id}/open")
    @Operation(summary = "Open a DRAFT survey for answers (publishes SurveyOpened); an OPEN one stays as it is, "
            + "a CLOSED one is 409")
    SurveyView open(CurrentUser user, @PathVariable String id) {
        return SurveyView.of(design.open(user, id));
    }
}

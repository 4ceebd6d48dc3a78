package tw.uplift.survey.answering.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.survey.answering.Answer;
import tw.uplift.survey.answering.Answering;
import tw.uplift.survey.answering.Receipt;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.Segment;
import tw.uplift.survey.design.Survey;

/** The anonymous answer API behind the public form (no login, rate limited, nothing personal stored). */
@RestController
@RequestMapping("/public/surveys/{id}")
@Tag(name = "public answering", description = "Anonymous: read an open survey's questions and answer them")
class PublicSurveyController {

    private final Answering answering;

    PublicSurveyController(Answering answering) {
        this.answering = answering;
    }

    record PublicSurvey(String id, LocalizedText title, List<Question> questions, List<Segment> segments,
            Instant closesAt) {
    }

    /** @param segment the segment (分眾) whose link the citizen came by, or null */
    record ResponseRequest(String segment, List<Answer> answers) {
    }

    @GetMapping
    @Operation(summary = "An OPEN survey's questions (404 for drafts, 409 once it takes no more answers)")
    PublicSurvey survey(@PathVariable String id) {
        Survey s = answering.form(id);
        return new PublicSurvey(s.getId(), s.title(), s.questions(), s.segments(), s.closesAt());
    }

    @PostMapping("/responses")
    @Operation(summary = "Answer an OPEN survey; 202 with a receipt. Send an Idempotency-Key to retry safely.")
    ResponseEntity<Receipt> answer(@PathVariable String id,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody ResponseRequest request) {
        Receipt receipt = answering.answer(id, request == null ? null : request.segment(), idempotencyKey,
                request == null ? null : request.answers());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt);
    }
}

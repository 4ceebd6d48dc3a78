package tw.uplift.survey.results.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.platform.security.CurrentUser;
import tw.uplift.survey.results.ResultsPublishing;
import tw.uplift.survey.results.SurveyResults;

/** Staff API for a survey's results and for closing it with them. */
@RestController
@RequestMapping("/api/surveys/{id}")
@Tag(name = "survey results", description = "Live results from the running aggregate; closing publishes them")
class ResultsController {

    private final ResultsPublishing results;

    ResultsController(ResultsPublishing results) {
        this.results = results;
    }

    @GetMapping("/results")
    @Operation(summary = "n, per question counts, mean, SD, top-2-box share and its 95 % margin of error, overall CSAT, "
            + "Cronbach's α of the Likert questions with α-if-deleted and corrected item-total correlations")
    SurveyResults results(CurrentUser user, @PathVariable String id) {
        return results.results(user, id);
    }

    @PostMapping("/close")
    @Operation(summary = "Close an OPEN survey (publishes SurveyClosed and SurveyResultsPublished); a CLOSED one "
            + "stays as it is, a DRAFT one is 409")
    SurveyResults close(CurrentUser user, @PathVariable String id) {
        return results.close(user, id);
    }
}

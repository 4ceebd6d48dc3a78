package tw.uplift.plan.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.publishing.PublicPlanIndex;
import tw.uplift.plan.publishing.PublishedPlans;

/**
 * The public plans as JSON (open data), for anyone, no login. {@code /public/plans/{id}} is also the plan's page for
 * a browser ({@link PublicPlanPage} answers requests that ask for {@code text/html}); a program that asks for JSON
 * or for anything ({@code *}{@code /*}, curl's default) gets the JSON, as it does at {@code /public/plans/{id}.json}.
 * The same holds for the list at {@code /public/plans}. A plan that was never approved is 404 here.
 */
@RestController
@RequestMapping("/public/plans")
public class PublicPlanController {

    private final PublishedPlans published;
    private final PublicPlanViews views;
    private final MessageSource messages;

    public PublicPlanController(PublishedPlans published, PublicPlanViews views, MessageSource messages) {
        this.published = published;
        this.views = views;
        this.messages = messages;
    }

    @Operation(summary = "A public plan as open data: header, dimensions, focus areas and measures with today's lights")
    @GetMapping({"/{planId}", "/{planId}.json"})
    public ResponseEntity<PublicPlanView> get(@PathVariable String planId) {
        Plan plan = published.get(planId);
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT)
                .eTag(PublicResponses.etag(plan, views.today())).cacheControl(PublicResponses.FIVE_MINUTES)
                .contentType(MediaType.APPLICATION_JSON).body(views.view(plan));
    }

    @Operation(summary = "The public plans, newest year first, optionally of one ROC year (rocYear=115) and one agency")
    @GetMapping
    public ResponseEntity<List<PublicPlanSummary>> list(@RequestParam(required = false) String rocYear,
            @RequestParam(required = false) String agency) {
        PublicPlanIndex index = published.index();
        ListQuery query = ListQuery.parse(rocYear, agency, id -> views.knownAgency(id, index));
        if (!query.valid()) {
            throw query.invalidInput(messages);
        }
        return ResponseEntity.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT).cacheControl(PublicResponses.FIVE_MINUTES)
                .contentType(MediaType.APPLICATION_JSON)
                .body(index.matching(query.filter()).stream().map(views::summary).toList());
    }
}

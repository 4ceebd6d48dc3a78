package tw.uplift.plan.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.publishing.MeasureRow;
import tw.uplift.plan.publishing.PlanMeasureRows;
import tw.uplift.plan.publishing.PublicPlanIndex;
import tw.uplift.plan.publishing.PublishedPlans;
import tw.uplift.platform.opendata.OpenDataCsv;
import tw.uplift.platform.opendata.OpenDataDownloads;

/**
 * Open data as files (開放資料): a public plan as CSV, all public plans of a year as one CSV, and the CSV's Table
 * Schema. One row per measure; UTF-8 with a byte order mark, CRLF, RFC 4180 quoting, formula-like cells
 * neutralised ({@link OpenDataCsv}). Documented in {@code docs/open-data.md}.
 */
@RestController
public class OpenDataController {

    /** {@code text/csv} with the charset and the header row declared (RFC 4180, RFC 7111). */
    static final MediaType CSV = OpenDataDownloads.CSV;
    /** The Table Schema of the CSV's columns (Frictionless Data), served as it is stored. */
    static final String SCHEMA = "open-data/plan-measures.schema.json";

    private final PublishedPlans published;
    private final PlanMeasureRows rows;
    private final PublicPlanViews views;
    private final MessageSource messages;

    public OpenDataController(PublishedPlans published, PlanMeasureRows rows, PublicPlanViews views,
            MessageSource messages) {
        this.published = published;
        this.rows = rows;
        this.views = views;
        this.messages = messages;
    }

    @Operation(summary = "A public plan as CSV: one row per measure (UTF-8 with BOM, CRLF); columns in /public/plans/schema.json")
    @GetMapping("/public/plans/{planId}.csv")
    public ResponseEntity<byte[]> plan(@PathVariable String planId) {
        Plan plan = published.get(planId);
        String agencyName = views.agencyName(plan.getAgencyId());
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, OpenDataDownloads.attachment(
                        plan.getAgencyId() + "-" + plan.getRocYear() + "-plan.csv", plan.getTitle() + ".csv"))
                .eTag(PublicResponses.etag(plan, views.today())).cacheControl(PublicResponses.FIVE_MINUTES)
                .contentType(CSV).body(MeasureRow.csv(rows.of(plan, agencyName)));
    }

    @Operation(summary = "Every public plan of one ROC year (rocYear=115, required), optionally of one agency, as one CSV")
    @GetMapping("/public/plans.csv")
    public ResponseEntity<byte[]> year(@RequestParam(required = false) String rocYear,
            @RequestParam(required = false) String agency) {
        PublicPlanIndex index = published.index();
        ListQuery query = ListQuery.parse(rocYear, agency, id -> views.knownAgency(id, index));
        if (query.valid() && query.filter().rocYear() == null) {
            query = new ListQuery(query.filter(), List.of(new ListQuery.Problem(ListQuery.ROC_YEAR,
                    "publishing.error.rocYear.required", RocYear.MIN, RocYear.MAX)));
        }
        if (!query.valid()) {
            throw query.invalidInput(messages);
        }
        List<MeasureRow> all = new ArrayList<>();
        for (Plan plan : index.matching(query.filter())) {
            all.addAll(rows.of(plan, views.agencyName(plan.getAgencyId())));
        }
        int year = query.filter().rocYear();
        String agencyId = query.filter().agencyId();
        String ascii = "uplift-plans-" + year + (agencyId == null ? "" : "-" + agencyId) + ".csv";
        String name = (agencyId == null ? "" : views.agencyName(agencyId)) + year + "年度提升服務執行計畫.csv";
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, OpenDataDownloads.attachment(ascii, name))
                .cacheControl(PublicResponses.FIVE_MINUTES).contentType(CSV).body(MeasureRow.csv(all));
    }

    @Operation(summary = "The Table Schema (Frictionless Data) of the plans' CSV: each column's name, type and meaning")
    @GetMapping("/public/plans/schema.json")
    public ResponseEntity<byte[]> schema() {
        try (InputStream in = new ClassPathResource(SCHEMA).getInputStream()) {
            return ResponseEntity.ok().cacheControl(PublicResponses.FIVE_MINUTES).contentType(MediaType.APPLICATION_JSON)
                    .body(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the open-data schema is part of the service: " + SCHEMA, e);
        }
    }
}

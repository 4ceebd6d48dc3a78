package tw.uplift.survey.opendata.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import tw.uplift.platform.opendata.OpenDataCsv;
import tw.uplift.platform.opendata.OpenDataDownloads;
import tw.uplift.survey.opendata.PublishedSurvey;
import tw.uplift.survey.opendata.PublishedSurveys;
import tw.uplift.survey.opendata.ResultRows;
import tw.uplift.survey.opendata.SurveyRow;

/**
 * Open data of survey results (開放資料), no login: a CLOSED survey's published results as JSON and as a tidy CSV,
 * a year's published surveys as one CSV, and the Table Schemas of both CSVs. Any other survey is 404 here. CSV as
 * platform writes all open data ({@link OpenDataCsv}: UTF-8 with a byte order mark, CRLF, RFC 4180, formula-like
 * cells neutralised). Documented in {@code docs/open-data.md}.
 */
@RestController
@Tag(name = "survey open data", description = "Published results of closed surveys: JSON, CSV, the year's list")
class SurveyOpenDataController {

    static final String SCHEMA_PATH = "/public/surveys/schema.json";
    /** The Table Schemas of both CSVs (Frictionless Data), served as they are stored. */
    static final String SCHEMA = "open-data/survey-results.schema.json";

    private final PublishedSurveys surveys;
    private final MessageSource messages;

    SurveyOpenDataController(PublishedSurveys surveys, MessageSource messages) {
        this.surveys = surveys;
        this.messages = messages;
    }

    @Operation(summary = "A closed survey's published results (aggregates only, small segments withheld); 404 for any other survey")
    @GetMapping("/public/surveys/{id}/results.json")
    ResponseEntity<PublishedResultsDocument> json(@PathVariable String id) {
        return ResponseEntity.ok().cacheControl(OpenDataDownloads.FIVE_MINUTES).contentType(MediaType.APPLICATION_JSON)
                .body(PublishedResultsDocument.of(surveys.get(id)));
    }

    @Operation(summary = "A closed survey's published results as a tidy CSV: scope × question × value; columns in " + SCHEMA_PATH)
    @GetMapping("/public/surveys/{id}/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable String id) {
        PublishedSurvey published = surveys.get(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, OpenDataDownloads.attachment("survey-" + id + "-results.csv",
                        published.survey().title().zh() + "結果.csv"))
                .cacheControl(OpenDataDownloads.FIVE_MINUTES).contentType(OpenDataDownloads.CSV)
                .body(OpenDataCsv.of(ResultRows.COLUMNS, ResultRows.of(published)));
    }

    @Operation(summary = "Every published survey of one ROC year (rocYear=115, required; by when its window opened), "
            + "optionally of one agency, as one CSV")
    @GetMapping("/public/surveys.csv")
    ResponseEntity<byte[]> year(@RequestParam(required = false) String rocYear,
            @RequestParam(required = false) String agency) {
        YearQuery query = YearQuery.parse(rocYear, agency, surveys::hasPublished);
        if (!query.valid()) {
            throw query.invalidInput(messages);
        }
        List<PublishedSurvey> found = surveys.ofYear(query.rocYear(), query.agencyId());
        String suffix = query.agencyId() == null ? "" : "-" + query.agencyId();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, OpenDataDownloads.attachment(
                        "uplift-surveys-" + query.rocYear() + suffix + ".csv",
                        query.rocYear() + "年度滿意度調查結果" + suffix + ".csv"))
                .cacheControl(OpenDataDownloads.FIVE_MINUTES).contentType(OpenDataDownloads.CSV)
                .body(OpenDataCsv.of(SurveyRow.COLUMNS, found.stream().map(SurveyRow::cells).toList()));
    }

    @Operation(summary = "The Table Schemas (Frictionless Data) of both survey CSVs: each column's name, type and meaning")
    @GetMapping(SCHEMA_PATH)
    ResponseEntity<byte[]> schema() {
        try (InputStream in = new ClassPathResource(SCHEMA).getInputStream()) {
            return ResponseEntity.ok().cacheControl(OpenDataDownloads.FIVE_MINUTES)
                    .contentType(MediaType.APPLICATION_JSON).body(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the open-data schema is part of the service: " + SCHEMA, e);
        }
    }
}

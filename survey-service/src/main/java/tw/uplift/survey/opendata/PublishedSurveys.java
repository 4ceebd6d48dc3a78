package tw.uplift.survey.opendata;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;
import tw.uplift.survey.results.TallyStore;

/**
 * The surveys whose results are published, for anyone: a survey's results are published when it closes (the
 * moment {@code SurveyResultsPublished} goes out), so only a CLOSED survey is here; a draft or an open one does
 * not exist for the public (404), whoever asks.
 *
 * <p><b>Why the year's list is bounded.</b> One survey is read by {@code _id}. The year's list is a query on
 * status, opening time and agency, which the embedded store answers by scanning the surveys (it keeps no indexes),
 * and each survey found costs one more read of its running aggregate; so a file holds at most
 * {@value #MAX_PER_FILE} surveys, and a year with more is refused with a message asking to narrow it by agency
 * rather than cut short without saying so.
 */
@Service
public class PublishedSurveys {

    /** The most surveys one year's file lists (see above). */
    public static final int MAX_PER_FILE = 500;

    private final MongoTemplate mongo;
    private final TallyStore tallies;

    public PublishedSurveys(MongoTemplate mongo, TallyStore tallies) {
        this.mongo = mongo;
        this.tallies = tallies;
    }

    /** One survey's published results, if it is CLOSED; else it does not exist here. */
    public PublishedSurvey get(String surveyId) {
        Survey survey = mongo.findById(surveyId, Survey.class);
        if (survey == null || survey.status() != SurveyStatus.CLOSED) {
            throw new NotFoundException("survey", surveyId);
        }
        return published(survey);
    }

    /**
     * The published surveys whose window opened in a ROC year (in Taipei), of one agency or of all, oldest first.
     *
     * @throws InvalidInput naming {@code agency} when there are more than {@value #MAX_PER_FILE}
     */
    public List<PublishedSurvey> ofYear(int rocYear, String agencyId) {
        RocYear year = RocYear.of(rocYear);
        Instant from = year.firstDay().atStartOfDay(TaipeiTime.ZONE).toInstant();
        Instant until = year.lastDay().plusDays(1).atStartOfDay(TaipeiTime.ZONE).toInstant();
        Criteria criteria = Criteria.where("status").is(SurveyStatus.CLOSED).and("opensAt").gte(from).lt(until);
        if (agencyId != null) {
            criteria = criteria.and("agencyId").is(agencyId);
        }
        List<Survey> found = mongo.find(Query.query(criteria).limit(MAX_PER_FILE + 1), Survey.class);
        if (found.size() > MAX_PER_FILE) {
            throw InvalidInput.of("agency", "more than " + MAX_PER_FILE + " published surveys in " + rocYear
                    + (agencyId == null ? "; narrow the file to one agency (agency=…)" : " for this agency"));
        }
        return found.stream().sorted(Comparator.comparing(Survey::opensAt).thenComparing(Survey::getId))
                .map(this::published).toList();
    }

    /** Whether an agency has ever published survey results (a filter naming any other is a mistake). */
    public boolean hasPublished(String agencyId) {
        return mongo.exists(Query.query(Criteria.where("agencyId").is(agencyId).and("status").is(SurveyStatus.CLOSED)),
                Survey.class);
    }

    private PublishedSurvey published(Survey survey) {
        return new PublishedSurvey(survey, tallies.results(survey).published());
    }
}

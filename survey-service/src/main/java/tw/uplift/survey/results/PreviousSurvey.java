package tw.uplift.survey.results;

import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.design.SurveyStatus;

/**
 * The survey a trend (趨勢) compares with: the same agency's latest CLOSED survey with the same 繁體中文 title that
 * closed before this one (any time, if this one is still running). Agencies repeat a survey each year or half-year
 * under one name, so the name is the link; a renamed survey starts a new series.
 */
@Service
public class PreviousSurvey {

    private final MongoTemplate mongo;
    private final TallyStore tallies;

    public PreviousSurvey(MongoTemplate mongo, TallyStore tallies) {
        this.mongo = mongo;
        this.tallies = tallies;
    }

    /** The previous survey and its final results. */
    public record Previous(Survey survey, SurveyResults results) {
    }

    /** The previous survey and its final results, if there is one. */
    public Optional<Previous> of(Survey survey) {
        Criteria criteria = Criteria.where("agencyId").is(survey.agencyId()).and("status").is(SurveyStatus.CLOSED)
                .and("title.zh").is(survey.title().zh()).and("_id").ne(survey.getId());
        if (survey.closedAt() != null) {
            criteria = criteria.and("closedAt").lt(survey.closedAt());
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "closedAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, Survey.class))
                .map(previous -> new Previous(previous, tallies.results(previous)));
    }
}

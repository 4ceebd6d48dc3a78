package tw.uplift.survey.answering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;

/**
 * The free-text answers (意見) of a survey, for its agency's staff: read from the stored responses, newest first,
 * a page at a time. Only counted responses (the ones the results are made of). The running aggregate keeps no text,
 * so this is the one place that reads responses back; it is bounded by the page size and by {@link #MAX_PAGES},
 * because the store scans a survey's responses to sort them.
 */
@Service
public class FreeTextAnswers {

    public static final int PAGE_SIZE = 20;
    /** How far back staff can page (1,000 responses with text); the open-data export is the place for all of them. */
    public static final int MAX_PAGES = 50;

    private final MongoTemplate mongo;

    public FreeTextAnswers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One response's free-text answers, in the survey's order of its questions. */
    public record Comment(Instant receivedAt, List<Text> texts) {
    }

    /** One answer to one free-text question. */
    public record Text(String questionId, String text) {
    }

    /** @param page 0-based; {@code more} says whether a next page exists (and may be shown) */
    public record Page(int page, List<Comment> comments, boolean more) {
    }

    /**
     * A page of the survey's responses that answered a free-text question. The caller has the survey already,
     * so it has been checked to be the caller's agency's.
     */
    public Page of(Survey survey, int page) {
        int at = Math.clamp(page, 0, MAX_PAGES - 1);
        Set<String> textQuestions = survey.questions().stream().filter(q -> q.kind() == QuestionKind.TEXT)
                .map(Question::id).collect(Collectors.toSet());
        if (textQuestions.isEmpty()) {
            return new Page(0, List.of(), false);
        }
        Query query = Query.query(Criteria.where("surveyId").is(survey.getId()).and("counted").is(true)
                        .and("answers").elemMatch(Criteria.where("questionId").in(textQuestions).and("text").ne(null)))
                .with(Sort.by(Sort.Order.desc("receivedAt"), Sort.Order.desc("_id")))
                .skip((long) at * PAGE_SIZE).limit(PAGE_SIZE + 1);
        List<SurveyResponse> found = mongo.find(query, SurveyResponse.class);
        List<Comment> comments = new ArrayList<>();
        for (SurveyResponse response : found.subList(0, Math.min(PAGE_SIZE, found.size()))) {
            List<Text> texts = response.answers().stream()
                    .filter(a -> textQuestions.contains(a.questionId()) && a.text() != null && !a.text().isBlank())
                    .map(a -> new Text(a.questionId(), a.text())).toList();
            comments.add(new Comment(response.receivedAt(), texts));
        }
        return new Page(at, List.copyOf(comments), found.size() > PAGE_SIZE && at < MAX_PAGES - 1);
    }
}

package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tw.uplift.survey.design.Questions.choice;
import static tw.uplift.survey.design.Questions.freeText;
import static tw.uplift.survey.design.Questions.likert;
import static tw.uplift.survey.design.SurveyFixture.aSurveyOf;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tw.uplift.survey.answering.Answer;
import tw.uplift.survey.answering.AnswerRules;
import tw.uplift.survey.design.LocalizedText;
import tw.uplift.survey.design.Question;
import tw.uplift.survey.design.QuestionKind;
import tw.uplift.survey.design.Survey;
import tw.uplift.survey.statistics.TwoPass;

/**
 * The running aggregate, after 10,000 random responses added one {@code $inc} at a time on a real store, gives the
 * same figures as recomputing them from the raw answers with the textbook two-pass formulas.
 */
class RunningAggregateTest {

    private static final int RESPONSES = 10_000;
    private static final Offset<Double> SAME = within(1e-9);
    private static final String[] LIKERT = {"q1", "q2", "q3", "q4"};

    /** q1..q3 required Likert, q4 an optional one (so some responses are not part of the scale), a choice, a comment. */
    private final Survey survey = aSurveyOf(likert("q1"), likert("q2"), likert("q3"),
            new Question("q4", new LocalizedText("等候時間", null), QuestionKind.LIKERT_5, List.of(), false),
            choice("q5", "counter", "online", "phone"), freeText("q6")).withId("s-random").opened();

    @Test
    void tenThousandRandomResponsesGiveWhatTheRawAnswersGive() {
        Random random = new Random(20261202);
        List<List<Answer>> raw = new ArrayList<>();
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            TallyStore tallies = new TallyStore(new MongoTemplate(client, "running"), new ResultsProperties(256));
            for (int i = 0; i < RESPONSES; i++) {
                List<Answer> answers = AnswerRules.check(survey, randomResponse(random));
                raw.add(answers);
                tallies.add(survey, "r" + i, AnswerRules.buckets(answers));
            }
            SurveyResults live = SurveyResults.of(survey, tallies.find("s-random"));

            assertThat(live.n()).isEqualTo(RESPONSES);
            assertLikertQuestions(live, raw);
            assertChoiceAndText(live, raw);
            assertReliability(live.reliability(), raw);
        } finally {
            server.shutdownNow();
        }
    }

    private void assertLikertQuestions(SurveyResults live, List<List<Answer>> raw) {
        long satisfied = 0;
        long all = 0;
        for (int q = 0; q < LIKERT.length; q++) {
            String question = LIKERT[q];
            double[] scores = raw.stream().flatMap(List::stream).filter(a -> a.questionId().equals(question))
                    .mapToDouble(Answer::score).toArray();
            long topTwo = Arrays.stream(scores).filter(s -> s >= 4).count();
            double p = (double) topTwo / scores.length;
            SurveyResults.QuestionResult result = live.questions().get(q);
            assertThat(result.answered()).isEqualTo(scores.length);
            assertThat(result.mean()).isCloseTo(TwoPass.mean(scores), SAME);
            assertThat(result.standardDeviation()).isCloseTo(Math.sqrt(TwoPass.variance(scores)), SAME);
            assertThat(result.topTwoBox()).isCloseTo(p, SAME);
            assertThat(result.topTwoBoxMarginOfError()).isCloseTo(1.96 * Math.sqrt(p * (1 - p) / scores.length), SAME);
            satisfied += topTwo;
            all += scores.length;
        }
        assertThat(live.questions().get(3).answered()).as("q4 is optional").isLessThan(RESPONSES);
        assertThat(live.csat()).isCloseTo((double) satisfied / all, SAME);
    }

    private void assertChoiceAndText(SurveyResults live, List<List<Answer>> raw) {
        for (String option : List.of("counter", "online", "phone")) {
            long chosen = raw.stream().flatMap(List::stream).filter(a -> option.equals(a.choice())).count();
            assertThat(live.questions().get(4).counts()).containsEntry(option, chosen);
        }
        long comments = raw.stream().flatMap(List::stream).filter(a -> a.text() != null).count();
        assertThat(live.questions().get(5).answered()).isEqualTo(comments);
    }

    private void assertReliability(SurveyResults.ScaleReliability live, List<List<Answer>> raw) {
        int[][] complete = raw.stream().filter(r -> r.stream().filter(a -> a.score() != null).count() == LIKERT.length)
                .map(r -> Arrays.stream(LIKERT).mapToInt(q -> scoreOf(r, q)).toArray())
                .toArray(int[][]::new);
        assertThat(live.respondents()).isEqualTo(complete.length).isLessThan(RESPONSES);
        assertThat(live.alpha()).isCloseTo(TwoPass.alpha(complete), SAME);
        for (int j = 0; j < LIKERT.length; j++) {
            SurveyResults.ItemReliability item = live.items().get(j);
            assertThat(item.questionId()).isEqualTo(LIKERT[j]);
            assertThat(item.alphaIfDeleted()).isCloseTo(TwoPass.alpha(TwoPass.without(complete, j)), SAME);
            assertThat(item.correctedItemTotalCorrelation())
                    .isCloseTo(TwoPass.correlation(TwoPass.column(complete, j), TwoPass.totals(TwoPass.without(complete, j))), SAME);
        }
    }

    /**
     * A respondent with a mood of 1..5 scores each question near it (so the scale hangs together and α is far from
     * 0), answers the optional q4 seven times in ten and leaves a comment three times in ten.
     */
    private static List<Answer> randomResponse(Random random) {
        int mood = 1 + random.nextInt(5);
        List<Answer> answers = new ArrayList<>();
        for (String q : LIKERT) {
            if (!q.equals("q4") || random.nextInt(10) < 7) {
                answers.add(Answer.score(q, Math.clamp(mood + random.nextInt(3) - 1, 1, 5)));
            }
        }
        answers.add(Answer.choice("q5", List.of("counter", "online", "phone").get(random.nextInt(3))));
        if (random.nextInt(10) < 3) {
            answers.add(Answer.text("q6", "等太久"));
        }
        return answers;
    }

    private static int scoreOf(List<Answer> response, String questionId) {
        return response.stream().filter(a -> a.questionId().equals(questionId)).findFirst().orElseThrow().score();
    }
}

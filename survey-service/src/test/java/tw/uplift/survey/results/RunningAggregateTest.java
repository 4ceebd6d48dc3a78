package tw.uplift.survey.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tw.uplift.survey.design.Questions.choice;
import static tw.uplift.survey.design.Questions.freeText;
import static tw.uplift.survey.design.Questions.likert;
import static tw.uplift.survey.design.Questions.multiChoice;
import static tw.uplift.survey.design.Questions.nps;
import static tw.uplift.survey.design.Questions.respondentGroup;
import static tw.uplift.survey.design.SurveyFixture.counter;
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
    private static final String[] SEGMENTS = {"counter-1", "counter-2", "web"};
    private static final long COUNTER_1_POPULATION = 8_000;
    private static final long POPULATION = 30_000;

    /**
     * q1..q3 required Likert, q4 an optional one (so some responses are not part of the scale), a choice, a comment,
     * a 0–10 item, a multiple choice and an age group; answered through three segments' links or the survey's own.
     */
    private final Survey survey = aSurveyOf(likert("q1"), likert("q2"), likert("q3"),
            new Question("q4", new LocalizedText("等候時間", null), QuestionKind.LIKERT_5, List.of(), false),
            choice("q5", "counter", "online", "phone"), freeText("q6"), nps("q7"),
            multiChoice("q8", "web", "friends", "notice"), respondentGroup("q9", "young", "old"))
            .segmentedBy(counter("counter-1", COUNTER_1_POPULATION), counter("counter-2", null), counter("web", null))
            .ofPopulation(POPULATION).withId("s-random").opened();

    /** One response as sent: the segment of its link (or null) and its answers. */
    private record Sent(String segment, List<Answer> answers) {
    }

    @Test
    void tenThousandRandomResponsesGiveWhatTheRawAnswersGive() {
        Random random = new Random(20261202);
        List<Sent> sent = new ArrayList<>();
        MongoServer server = new MongoServer(new MemoryBackend());
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            TallyStore tallies = new TallyStore(new MongoTemplate(client, "running"), new ResultsProperties(256, 10));
            for (int i = 0; i < RESPONSES; i++) {
                List<Answer> answers = AnswerRules.check(survey, randomResponse(random));
                String segment = random.nextInt(10) == 0 ? null : SEGMENTS[random.nextInt(SEGMENTS.length)];
                sent.add(new Sent(segment, answers));
                tallies.add(survey, "r" + i, segment, AnswerRules.buckets(answers));
            }
            SurveyResults live = tallies.results(survey);
            List<List<Answer>> raw = sent.stream().map(Sent::answers).toList();

            assertThat(live.n()).isEqualTo(RESPONSES);
            assertThat(live.responseRate()).isCloseTo((double) RESPONSES / POPULATION, SAME);
            assertLikertQuestions(live.questions(), raw, POPULATION);
            assertThat(live.csat()).isCloseTo(csat(raw), SAME);
            assertChoiceAndText(live, raw);
            assertRecommendAndMultipleChoice(live.questions(), raw);
            assertReliability(live.reliability(), raw);
            for (String segment : SEGMENTS) {
                List<List<Answer>> inSegment = sent.stream().filter(r -> segment.equals(r.segment()))
                        .map(Sent::answers).toList();
                SurveyResults.SegmentResult result = live.segments().stream()
                        .filter(r -> r.breakdown() == SurveyResults.Breakdown.SEGMENT && r.id().equals(segment))
                        .findFirst().orElseThrow();
                assertThat(result.n()).isEqualTo(inSegment.size());
                Long population = segment.equals("counter-1") ? COUNTER_1_POPULATION : null;
                assertLikertQuestions(result.questions(), inSegment, population);
                assertRecommendAndMultipleChoice(result.questions(), inSegment);
                assertThat(result.csat()).isCloseTo(csat(inSegment), SAME);
            }
            for (String group : List.of("young", "old")) {
                List<List<Answer>> inGroup = raw.stream()
                        .filter(r -> r.stream().anyMatch(a -> a.questionId().equals("q9") && group.equals(a.choice())))
                        .toList();
                SurveyResults.SegmentResult result = live.segments().stream()
                        .filter(r -> r.breakdown() == SurveyResults.Breakdown.GROUP && r.id().equals(group))
                        .findFirst().orElseThrow();
                assertThat(result.n()).isEqualTo(inGroup.size());
                assertLikertQuestions(result.questions(), inGroup, null);
            }
        } finally {
            server.shutdownNow();
        }
    }

    /** Each Likert question against its raw scores; the margin with the finite population correction when known. */
    private void assertLikertQuestions(List<SurveyResults.QuestionResult> live, List<List<Answer>> raw, Long population) {
        for (int q = 0; q < LIKERT.length; q++) {
            double[] scores = scores(raw, LIKERT[q]);
            long topTwo = Arrays.stream(scores).filter(s -> s >= 4).count();
            double p = (double) topTwo / scores.length;
            SurveyResults.QuestionResult result = live.get(q);
            assertThat(result.answered()).isEqualTo(scores.length);
            assertThat(result.mean()).isCloseTo(TwoPass.mean(scores), SAME);
            assertThat(result.standardDeviation()).isCloseTo(Math.sqrt(TwoPass.variance(scores)), SAME);
            assertThat(result.topTwoBox()).isCloseTo(p, SAME);
            double fpc = population == null ? 1 : Math.sqrt((double) (population - scores.length) / (population - 1));
            assertThat(result.topTwoBoxMarginOfError())
                    .isCloseTo(1.96 * Math.sqrt(p * (1 - p) / scores.length) * fpc, SAME);
        }
        assertThat(live.get(3).answered()).as("q4 is optional").isLessThan(raw.size());
    }

    /** Satisfied answers (4, 5) over all Likert answers, pooled. */
    private static double csat(List<List<Answer>> raw) {
        long satisfied = 0;
        long all = 0;
        for (String q : LIKERT) {
            double[] scores = scores(raw, q);
            satisfied += Arrays.stream(scores).filter(s -> s >= 4).count();
            all += scores.length;
        }
        return (double) satisfied / all;
    }

    /** The 0–10 item against its raw scores, with NPS as % 9–10 minus % 0–6; the boxes ticked of the multiple choice. */
    private void assertRecommendAndMultipleChoice(List<SurveyResults.QuestionResult> live, List<List<Answer>> raw) {
        double[] scores = scores(raw, "q7");
        SurveyResults.QuestionResult recommend = live.get(6);
        assertThat(recommend.answered()).isEqualTo(scores.length);
        assertThat(recommend.mean()).isCloseTo(TwoPass.mean(scores), SAME);
        assertThat(recommend.standardDeviation()).isCloseTo(Math.sqrt(TwoPass.variance(scores)), SAME);
        double promoters = Arrays.stream(scores).filter(s -> s >= 9).count();
        double detractors = Arrays.stream(scores).filter(s -> s <= 6).count();
        assertThat(recommend.netPromoterScore()).isCloseTo(100 * (promoters - detractors) / scores.length, SAME);

        SurveyResults.QuestionResult heardOf = live.get(7);
        for (String option : List.of("web", "friends", "notice")) {
            long ticked = raw.stream().flatMap(List::stream)
                    .filter(a -> a.choices() != null && a.choices().contains(option)).count();
            assertThat(heardOf.counts()).containsEntry(option, ticked);
        }
        assertThat(heardOf.answered()).isEqualTo(raw.stream().flatMap(List::stream)
                .filter(a -> a.questionId().equals("q8")).count());
    }

    private static double[] scores(List<List<Answer>> raw, String question) {
        return raw.stream().flatMap(List::stream).filter(a -> a.questionId().equals(question))
                .mapToDouble(Answer::score).toArray();
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
        List<String> likert = List.of(LIKERT);
        int[][] complete = raw.stream()
                .filter(r -> r.stream().filter(a -> likert.contains(a.questionId())).count() == LIKERT.length)
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
        answers.add(Answer.score("q7", Math.clamp(2 * mood + random.nextInt(3) - 1, 0, 10)));
        List<String> ticked = new ArrayList<>(List.of("web", "friends", "notice"));
        java.util.Collections.shuffle(ticked, random);
        answers.add(Answer.choices("q8", ticked.subList(0, 1 + random.nextInt(3))));
        if (random.nextInt(10) < 8) {
            answers.add(Answer.choice("q9", random.nextBoolean() ? "young" : "old"));
        }
        return answers;
    }

    private static int scoreOf(List<Answer> response, String questionId) {
        return response.stream().filter(a -> a.questionId().equals(questionId)).findFirst().orElseThrow().score();
    }
}

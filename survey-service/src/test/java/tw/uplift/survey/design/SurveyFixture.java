package tw.uplift.survey.design;

import static tw.uplift.survey.design.Questions.choice;
import static tw.uplift.survey.design.Questions.freeText;
import static tw.uplift.survey.design.Questions.likert;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import tw.uplift.contracts.values.TaipeiTime;

/**
 * Surveys for unit tests, by what they are rather than by position: {@code aCounterServiceSurvey().evidenceFor(
 * "plan-115", "m-1-1").opened()}. Everything not said is a sensible default: survey {@code s1} of
 * {@value #AGENCY}, drafted by {@code clerk} at {@link #NOW}, the default threshold, no closing time, no measure.
 */
public final class SurveyFixture {

    public static final String AGENCY = "kcg-civil-affairs";
    public static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, TaipeiTime.ZONE);

    private String id = "s1";
    private Author author = new Author(AGENCY, "clerk");
    private LocalizedText title = new LocalizedText("臨櫃服務滿意度調查", "Counter service satisfaction");
    private MeasureLink measure = MeasureLink.NONE;
    private List<Question> questions;
    private Double threshold;
    private Instant closesAt;
    private List<Segment> segments = List.of();
    private Long population;

    private SurveyFixture(List<Question> questions) {
        this.questions = questions;
    }

    /** One required Likert question, {@code q1}. */
    public static SurveyFixture aLikertSurvey() {
        return new SurveyFixture(List.of(likert("q1")));
    }

    /** {@code q1} a Likert score, {@code q2} a choice of {@code counter} or {@code online}, {@code q3} a free comment. */
    public static SurveyFixture aCounterServiceSurvey() {
        return new SurveyFixture(List.of(likert("q1"), choice("q2", "counter", "online"), freeText("q3")));
    }

    /** A survey of exactly these questions (null: none given). */
    public static SurveyFixture aSurveyOf(Question... questions) {
        return new SurveyFixture(questions == null ? null : Arrays.asList(questions));
    }

    public SurveyFixture withId(String id) {
        this.id = id;
        return this;
    }

    public SurveyFixture ofAgency(String agencyId) {
        this.author = new Author(agencyId, author.username());
        return this;
    }

    public SurveyFixture titled(LocalizedText title) {
        this.title = title;
        return this;
    }

    public SurveyFixture evidenceFor(String planId, String measureId) {
        this.measure = MeasureLink.measure(planId, measureId);
        return this;
    }

    public SurveyFixture heldTo(double satisfactionThreshold) {
        this.threshold = satisfactionThreshold;
        return this;
    }

    public SurveyFixture closingAt(Instant closesAt) {
        this.closesAt = closesAt;
        return this;
    }

    /** Segments (分眾), each a counter of this id and name, with this population (null: unknown). */
    public SurveyFixture segmentedBy(Segment... segments) {
        this.segments = Arrays.asList(segments);
        return this;
    }

    public static Segment counter(String id, Long population) {
        return new Segment(id, new LocalizedText(id + " 櫃台", null), SegmentKind.COUNTER, population);
    }

    public SurveyFixture ofPopulation(Long population) {
        this.population = population;
        return this;
    }

    /** What staff would send for it. */
    public SurveyDraft asDraft() {
        return new SurveyDraft(title, measure, questions, threshold, closesAt, segments, population, null);
    }

    /** Drafted at {@link #NOW}. */
    public Survey draft() {
        return Survey.draft(id, author, asDraft(), CLOCK);
    }

    /** Drafted and opened at {@link #NOW}. */
    public Survey opened() {
        Survey survey = draft();
        survey.open(CLOCK);
        return survey;
    }

    /** Opened, then closed with these final numbers. */
    public Survey closedWith(long responses, Double satisfactionRate) {
        Survey survey = opened();
        survey.close(() -> new FinalCount(responses, satisfactionRate), CLOCK);
        return survey;
    }
}

package tw.uplift.survey.design;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.InvalidInput.Problem;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * A satisfaction survey (滿意度調查) of one agency: its questions, the threshold its satisfaction rate is held
 * to, and its life DRAFT → OPEN → CLOSED. It decides and records SurveyOpened, SurveyClosed and
 * SurveyResultsPublished; the answers themselves are counted elsewhere (the running aggregate in
 * {@code results}), so this document stays small and is not rewritten per answer.
 */
@Document("surveys")
public class Survey extends OutboxAggregate {

    public static final int MAX_QUESTIONS = 50;
    /** At most this many segments (分眾), each with its own link and QR code. */
    public static final int MAX_SEGMENTS = 30;

    @Indexed
    private String agencyId;
    private String createdBy;
    private LocalizedText title;
    private String planId;
    private String measureId;
    private List<Question> questions = new ArrayList<>();
    private List<Segment> segments = new ArrayList<>();
    private Long targetPopulation;
    private Integer sampleSize;
    private double satisfactionThreshold;
    private SurveyStatus status;
    private Instant createdAt;
    private Instant opensAt;
    private Instant closesAt;
    private Instant closedAt;
    private Long responses;
    private Double satisfactionRate;

    protected Survey() {
    }

    private Survey(String id) {
        super(id);
    }

    /**
     * A new survey in DRAFT.
     *
     * @throws InvalidInput naming each field that breaks a rule (see {@link SurveyDraft}, {@link QuestionRules})
     */
    public static Survey draft(String id, Author author, SurveyDraft draft, Clock clock) {
        Instant now = clock.instant();
        List<Problem> problems = draft.problemsAt(now);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Survey s = new Survey(id);
        s.agencyId = author.agencyId();
        s.createdBy = author.username();
        s.title = draft.title();
        s.planId = draft.measure().planId();
        s.measureId = draft.measure().measureId();
        s.questions = new ArrayList<>(draft.questions());
        s.segments = new ArrayList<>(draft.segments());
        s.targetPopulation = draft.targetPopulation();
        s.sampleSize = draft.sampleSize();
        s.satisfactionThreshold = draft.threshold();
        s.status = SurveyStatus.DRAFT;
        s.createdAt = now;
        s.closesAt = draft.closesAt();
        return s;
    }

    /** An agency sees only its own surveys: to any other, this one does not exist (so ids cannot be probed). */
    public Survey requireOwnedBy(String agency) {
        if (!agencyId.equals(agency)) {
            throw new NotFoundException("survey", id);
        }
        return this;
    }

    /**
     * Starts taking answers: DRAFT → OPEN, records SurveyOpened. Opening an OPEN survey again changes nothing
     * (a repeated click, a retried request); a CLOSED one never opens again, since its results are published.
     */
    public void open(Clock clock) {
        switch (status) {
            case OPEN -> {
                return;
            }
            case CLOSED -> throw new RuleViolationException("survey-not-draft", "status",
                    "a CLOSED survey does not open again; its results are published");
            case DRAFT -> {
                Instant now = clock.instant();
                if (closesAt != null && !closesAt.isAfter(now)) {
                    throw new RuleViolationException("survey-closes-in-past", "closesAt",
                            "the survey's closing time has passed");
                }
                status = SurveyStatus.OPEN;
                opensAt = now;
                record(new SurveyOpened(id, agencyId, title.zh(), planId, measureId, opensAt, closesAt), now);
            }
        }
    }

    /**
     * Stops taking answers: OPEN → CLOSED, records SurveyClosed and, when there is at least one answer,
     * SurveyResultsPublished with the satisfaction rate (a rate of nothing is no evidence for the measure, and
     * would make review-service open a follow-up task for a survey nobody answered). Closing a CLOSED survey
     * again changes nothing; a DRAFT was never open, so it cannot close.
     *
     * @param stopCounting stops the running aggregate and gives its final numbers; asked only when this survey
     *                     really closes now, and it may be asked again if the close is retried, so it must be
     *                     safe to repeat
     */
    public void close(Supplier<FinalCount> stopCounting, Clock clock) {
        switch (status) {
            case CLOSED -> {
                return;
            }
            case DRAFT -> throw new RuleViolationException("survey-not-open", "status",
                    "only an OPEN survey can be closed; this one is DRAFT");
            case OPEN -> {
                FinalCount count = stopCounting.get();
                Instant now = clock.instant();
                status = SurveyStatus.CLOSED;
                closedAt = now;
                responses = count.responses();
                satisfactionRate = count.satisfactionRate();
                record(new SurveyClosed(id, agencyId, responses, now), now);
                if (responses > 0 && satisfactionRate != null) {
                    record(new SurveyResultsPublished(id, agencyId, planId, measureId, responses, satisfactionRate,
                            satisfactionThreshold, now), now);
                }
            }
        }
    }

    /** Whether a citizen's answer is taken now (OPEN and, if it has one, before its closing time). */
    public boolean acceptsAnswersAt(Instant now) {
        return status == SurveyStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** The segment of this id, if the survey has one. */
    public Optional<Segment> segment(String segmentId) {
        return segments().stream().filter(s -> s.id().equals(segmentId)).findFirst();
    }

    /** The questions that sort respondents into groups, whose options are reported like segments. */
    public List<Question> respondentGroups() {
        return questions.stream().filter(Question::respondentGroup).toList();
    }

    public String agencyId() { return agencyId; }
    public String createdBy() { return createdBy; }
    public LocalizedText title() { return title; }
    public String planId() { return planId; }
    public String measureId() { return measureId; }
    public List<Question> questions() { return List.copyOf(questions); }
    /** Its segments (分眾); none for a survey answered through one link (a survey stored before segments had none). */
    public List<Segment> segments() { return segments == null ? List.of() : List.copyOf(segments); }
    public Long targetPopulation() { return targetPopulation; }
    public Integer sampleSize() { return sampleSize; }
    public double satisfactionThreshold() { return satisfactionThreshold; }
    public SurveyStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public Instant closedAt() { return closedAt; }
    public Long responses() { return responses; }
    public Double satisfactionRate() { return satisfactionRate; }
}

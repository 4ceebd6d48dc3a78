package tw.uplift.survey.design;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.survey.SurveyClosed;
import tw.uplift.contracts.survey.SurveyOpened;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.platform.outbox.OutboxAggregate;
import tw.uplift.platform.web.RuleViolationException;
import tw.uplift.platform.web.InvalidInput;
import tw.uplift.platform.web.InvalidInput.Problem;

/**
 * A satisfaction survey (滿意度調查) of one agency: its questions, the threshold its satisfaction rate is held
 * to, and its life DRAFT → OPEN → CLOSED. It decides and records SurveyOpened, SurveyClosed and
 * SurveyResultsPublished; the answers themselves are counted elsewhere (the running aggregate in
 * {@code results}), so this document stays small and is not rewritten per answer.
 */
@Document("surveys")
public class Survey extends OutboxAggregate {

    public static final double DEFAULT_THRESHOLD = 0.8;
    public static final int MAX_QUESTIONS = 50;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    @Indexed
    private String agencyId;
    private String createdBy;
    private LocalizedText title;
    private String planId;
    private String measureId;
    private List<Question> questions = new ArrayList<>();
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
     * @throws InvalidInput naming each field that breaks a rule
     */
    public static Survey draft(String id, String agencyId, String createdBy, LocalizedText title, String planId,
            String measureId, List<Question> questions, Double threshold, Instant closesAt, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        if (title == null || title.zh() == null || title.zh().isBlank()) {
            problems.add(new Problem("title.zh", "a title in 繁體中文 is required"));
        }
        if (threshold != null && !(threshold > 0 && threshold <= 1)) {
            problems.add(new Problem("satisfactionThreshold", "must be more than 0 and at most 1"));
        }
        if (closesAt != null && !closesAt.isAfter(clock.instant())) {
            problems.add(new Problem("closesAt", "must be in the future"));
        }
        problems.addAll(checkQuestions(questions));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        Survey s = new Survey(id);
        s.agencyId = agencyId;
        s.createdBy = createdBy;
        s.title = title;
        s.planId = blankToNull(planId);
        s.measureId = blankToNull(measureId);
        s.questions = new ArrayList<>(questions);
        s.satisfactionThreshold = threshold == null ? DEFAULT_THRESHOLD : threshold;
        s.status = SurveyStatus.DRAFT;
        s.createdAt = clock.instant();
        s.closesAt = closesAt;
        return s;
    }

    static List<Problem> checkQuestions(List<Question> questions) {
        List<Problem> problems = new ArrayList<>();
        if (questions == null || questions.isEmpty()) {
            problems.add(new Problem("questions", "a survey needs at least one question"));
            return problems;
        }
        if (questions.size() > MAX_QUESTIONS) {
            problems.add(new Problem("questions", "at most " + MAX_QUESTIONS + " questions"));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "]";
            if (q == null) {
                problems.add(new Problem(at, "must not be empty"));
                continue;
            }
            if (q.id() == null || !KEY.matcher(q.id()).matches()) {
                problems.add(new Problem(at + ".id", "1 to 40 letters, digits, '_' or '-'"));
            } else if (!ids.add(q.id())) {
                problems.add(new Problem(at + ".id", "question id '" + q.id() + "' is used twice"));
            }
            if (q.text() == null || q.text().zh() == null || q.text().zh().isBlank()) {
                problems.add(new Problem(at + ".text.zh", "the question in 繁體中文 is required"));
            }
            if (q.kind() == null) {
                problems.add(new Problem(at + ".kind", "one of LIKERT_5, CHOICE, TEXT"));
            } else if (q.kind() == QuestionKind.CHOICE) {
                if (q.options().size() < 2) {
                    problems.add(new Problem(at + ".options", "a choice needs at least two options"));
                }
                Set<String> optionIds = new HashSet<>();
                for (int j = 0; j < q.options().size(); j++) {
                    ChoiceOption o = q.options().get(j);
                    String oat = at + ".options[" + j + "]";
                    if (o == null || o.id() == null || !KEY.matcher(o.id()).matches()) {
                        problems.add(new Problem(oat + ".id", "1 to 40 letters, digits, '_' or '-'"));
                    } else if (!optionIds.add(o.id())) {
                        problems.add(new Problem(oat + ".id", "option id '" + o.id() + "' is used twice"));
                    }
                    if (o != null && (o.text() == null || o.text().zh() == null || o.text().zh().isBlank())) {
                        problems.add(new Problem(oat + ".text.zh", "the option in 繁體中文 is required"));
                    }
                }
            } else if (!q.options().isEmpty()) {
                problems.add(new Problem(at + ".options", "only CHOICE questions have options"));
            }
        }
        return problems;
    }

    /** Starts taking answers: DRAFT → OPEN, records SurveyOpened. */
    public void open(Clock clock) {
        if (status != SurveyStatus.DRAFT) {
            throw new RuleViolationException("survey-not-draft", "status", "only a DRAFT survey can be opened; this one is " + status);
        }
        Instant now = clock.instant();
        if (closesAt != null && !closesAt.isAfter(now)) {
            throw new RuleViolationException("survey-closes-in-past", "closesAt", "the survey's closing time has passed");
        }
        status = SurveyStatus.OPEN;
        opensAt = now;
        record(new SurveyOpened(id, agencyId, title.zh(), planId, measureId, opensAt, closesAt), now);
    }

    /**
     * Stops taking answers: OPEN → CLOSED, records SurveyClosed and, when there is at least one answer,
     * SurveyResultsPublished with the satisfaction rate (a rate of nothing is no evidence for the measure, and
     * would make review-service open a follow-up task for a survey nobody answered).
     *
     * @param responses        n, from the running aggregate
     * @param satisfactionRate top-2-box share over all Likert answers, or null when there were none
     */
    public void close(long responses, Double satisfactionRate, Clock clock) {
        if (status != SurveyStatus.OPEN) {
            throw new RuleViolationException("survey-not-open", "status", "only an OPEN survey can be closed; this one is " + status);
        }
        Instant now = clock.instant();
        status = SurveyStatus.CLOSED;
        closedAt = now;
        this.responses = responses;
        this.satisfactionRate = satisfactionRate;
        record(new SurveyClosed(id, agencyId, responses, now), now);
        if (responses > 0 && satisfactionRate != null) {
            record(new SurveyResultsPublished(id, agencyId, planId, measureId, responses, satisfactionRate,
                    satisfactionThreshold, now), now);
        }
    }

    /** Whether a citizen's answer is taken now (OPEN and, if it has one, before its closing time). */
    public boolean acceptsAnswersAt(Instant now) {
        return status == SurveyStatus.OPEN && (closesAt == null || now.isBefore(closesAt));
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String agencyId() { return agencyId; }
    public String createdBy() { return createdBy; }
    public LocalizedText title() { return title; }
    public String planId() { return planId; }
    public String measureId() { return measureId; }
    public List<Question> questions() { return List.copyOf(questions); }
    public double satisfactionThreshold() { return satisfactionThreshold; }
    public SurveyStatus status() { return status; }
    public Instant createdAt() { return createdAt; }
    public Instant opensAt() { return opensAt; }
    public Instant closesAt() { return closesAt; }
    public Instant closedAt() { return closedAt; }
    public Long responses() { return responses; }
    public Double satisfactionRate() { return satisfactionRate; }
}

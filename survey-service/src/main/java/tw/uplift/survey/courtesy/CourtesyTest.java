package tw.uplift.survey.courtesy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.survey.CourtesyTestKind;
import tw.uplift.contracts.survey.CourtesyTestScored;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.platform.domain.InvalidInput;
import tw.uplift.platform.domain.InvalidInput.Problem;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.outbox.AggregateStore;
import tw.uplift.platform.outbox.OutboxAggregate;
import tw.uplift.survey.design.Author;

/**
 * A courtesy test (禮貌測試) of a unit of one agency: a phone call (電話禮貌測試) or a mystery-shopper visit (神秘客訪查),
 * scored with its rubric out of 100. It exists only scored: made whole from the tester's sheet, with
 * {@code CourtesyTestScored} recorded in the same document write ({@link AggregateStore}), and not changed after, so
 * the score review-service acted on is the one kept here.
 */
@Document("courtesy_tests")
public class CourtesyTest extends OutboxAggregate {

    @Indexed
    private String agencyId;
    private int rocYear;
    private String recordedBy;
    private String planId;
    private String measureId;
    private CourtesyTestKind kind;
    private String unit;
    private String tester;
    private Instant testedAt;
    private List<CriterionScore> scores = new ArrayList<>();
    private int score;
    private int maxScore;
    private Instant recordedAt;

    protected CourtesyTest() {
    }

    private CourtesyTest(String id) {
        super(id);
    }

    /**
     * A test scored from a tester's sheet, recording CourtesyTestScored.
     *
     * @param rubric the rubric of the draft's kind
     * @throws InvalidInput naming every field that breaks a rule (see {@link CourtesyTestDraft}, {@link Rubric})
     */
    public static CourtesyTest score(String id, Author author, CourtesyTestDraft draft, Rubric rubric, Clock clock) {
        if (draft.kind() != rubric.kind()) {
            throw new IllegalArgumentException("a " + draft.kind() + " test scored with the " + rubric.kind() + " rubric");
        }
        Instant now = clock.instant();
        List<Problem> problems = draft.problemsAt(rubric, now);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CourtesyTest t = new CourtesyTest(id);
        t.agencyId = author.agencyId();
        t.recordedBy = author.username();
        t.planId = draft.measure().planId();
        t.measureId = draft.measure().measureId();
        t.kind = draft.kind();
        t.unit = draft.unit();
        t.tester = draft.tester();
        t.testedAt = draft.testedAt();
        // The plan year of the test is the year in Taipei on the day it was done, not the day it was written up.
        t.rocYear = RocYear.of(TaipeiTime.dateOf(draft.testedAt())).value();
        t.scores = new ArrayList<>(rubric.score(draft.marks()));
        t.score = Rubric.total(t.scores);
        t.maxScore = Rubric.FULL_MARKS;
        t.recordedAt = now;
        t.record(new CourtesyTestScored(id, t.agencyId, t.planId, t.measureId, t.kind, t.unit, t.score, t.maxScore,
                t.testedAt), now);
        return t;
    }

    /** An agency sees only its own tests: to any other, this one does not exist (so ids cannot be probed). */
    public CourtesyTest requireOwnedBy(String agency) {
        if (!agencyId.equals(agency)) {
            throw new NotFoundException("courtesy test", id);
        }
        return this;
    }

    public String agencyId() { return agencyId; }
    public int rocYear() { return rocYear; }
    public String recordedBy() { return recordedBy; }
    public String planId() { return planId; }
    public String measureId() { return measureId; }
    public CourtesyTestKind kind() { return kind; }
    public String unit() { return unit; }
    public String tester() { return tester; }
    public Instant testedAt() { return testedAt; }
    public List<CriterionScore> scores() { return List.copyOf(scores); }
    public int score() { return score; }
    public int maxScore() { return maxScore; }
    public Instant recordedAt() { return recordedAt; }
}

package tw.uplift.plan.authoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanPublished;
import tw.uplift.contracts.plan.PlanReturned;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.OutboxAggregate;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;

/**
 * One agency's service improvement plan (提升服務執行計畫) for one ROC year. It decides every change of
 * its lifecycle and records the event for it; the application service only loads and saves it.
 */
@Document("plans")
public class Plan extends OutboxAggregate {

    private String agencyId;
    /** The body that reviews it, as of the last submission. */
    private String supervisingBodyId;
    private int rocYear;
    private String title;
    private PlanStatus status;
    /** 0 while never submitted; each submission is a new revision. */
    private int revision;
    private List<Dimension> dimensions = new ArrayList<>();
    private List<ReviewComment> reviewComments = new ArrayList<>();
    private Instant createdAt;
    private Instant submittedAt;
    private Instant decidedAt;

    protected Plan() {
    }

    private Plan(String id, String agencyId, int rocYear, String title, List<Dimension> dimensions, Instant at) {
        super(id);
        this.agencyId = agencyId;
        this.rocYear = rocYear;
        this.title = title;
        this.dimensions = List.copyOf(dimensions);
        this.status = PlanStatus.DRAFT;
        this.createdAt = at;
    }

    /** A new draft plan for an agency. */
    public static Plan draft(String id, String agencyId, int rocYear, String title, List<Dimension> dimensions,
            Instant at) {
        return new Plan(id, agencyId, rocYear, title, dimensions, at);
    }

    /** Replaces title and content; only while the plan is a draft or returned. */
    public void revise(String newTitle, List<Dimension> newDimensions) {
        requireEditable();
        this.title = newTitle;
        this.dimensions = List.copyOf(newDimensions);
    }

    /**
     * Submits the plan for review (送審): a new revision and a {@code PlanSubmitted} carrying the revision's content,
     * so the reviewer reviews exactly what was submitted.
     */
    public void submit(Agency agency, String submittedBy, Instant at) {
        requireEditable();
        if (measures().findAny().isEmpty()) {
            throw new RuleViolationException("empty-plan", "dimensions", "a plan needs at least one measure to be submitted");
        }
        PlanContentSnapshot content = contentSnapshot();
        if (SubmittedContentSize.estimate(content) > SubmittedContentSize.LIMIT) {
            throw new RuleViolationException("too-large-to-submit", "dimensions", "the plan's content is larger than "
                    + SubmittedContentSize.LIMIT / 1024 + " KiB, more than one submission can carry; shorten the texts");
        }
        revision++;
        supervisingBodyId = agency.supervisingBodyId();
        status = PlanStatus.SUBMITTED;
        submittedAt = at;
        reviewComments = new ArrayList<>();
        record(new PlanSubmitted(id, agencyId, agency.name(), agency.parentId(), agency.supervisingBodyId(), rocYear,
                title, revision, (int) measures().count(), submittedBy, at, content), at);
    }

    /** Whether the plan was ever submitted (a draft never submitted has revision 0). */
    public boolean everSubmitted() {
        return revision > 0;
    }

    /**
     * Applies the supervising body's decision. A decision on another revision, one already applied (a
     * redelivered event) or one older than what this plan applied from the same task, changes nothing.
     *
     * @param position where the decision stands among its review task's events
     * @return whether the plan changed
     */
    public boolean applyDecision(PlanReviewDecided decision, EventPosition position, String publicUrl, Instant at) {
        if (status != PlanStatus.SUBMITTED || decision.revision() != revision || !applyInOrder(position)) {
            return false;
        }
        decidedAt = at;
        if (decision.decision() == ReviewDecision.APPROVED) {
            status = PlanStatus.APPROVED;
            record(new PlanApproved(id, agencyId, supervisingBodyId, rocYear, revision, trackedMeasures(), at), at);
            // Approved plans are published on the agency's public page right away (計畫經審定後公開於機關網站).
            status = PlanStatus.PUBLISHED;
            record(new PlanPublished(id, agencyId, rocYear, publicUrl, at), at);
        } else {
            status = PlanStatus.RETURNED;
            List<ItemComment> comments = decision.comments() == null ? List.of() : decision.comments();
            reviewComments = comments.stream().map(c -> new ReviewComment(c.itemRef(), c.comment()))
                    .collect(Collectors.toCollection(ArrayList::new));
            record(new PlanReturned(id, agencyId, revision, comments, at), at);
        }
        return true;
    }

    /** Marks a measure done (完成); the deadline tracker then stops chasing it. */
    public void completeMeasure(String measureId, Instant at) {
        if (!status.approved()) {
            throw new RuleViolationException("not-approved", "only measures of an approved plan can be completed");
        }
        Measure measure = measure(measureId);
        if (measure.completed()) {
            throw new RuleViolationException("already-completed", "measureId", "this measure is already completed");
        }
        replaceMeasure(measureId, m -> m.complete(at));
        record(new MeasureCompleted(measureId, id, agencyId, at), at);
    }

    /**
     * Notes that a measure's deadline passed undone (from the deadline tracker). Ignored for completed
     * measures, repeated notices and notices older than one already applied from the same deadline.
     *
     * @param position where the notice stands among its deadline's events
     * @return whether the plan changed
     */
    public boolean markOverdue(String measureId, EventPosition position) {
        Measure measure = findMeasure(measureId);
        if (measure == null || measure.completed() || measure.overdue() || !applyInOrder(position)) {
            return false;
        }
        replaceMeasure(measureId, Measure::markOverdue);
        return true;
    }

    private PlanContentSnapshot contentSnapshot() {
        return new PlanContentSnapshot(dimensions.stream().map(d -> new PlanContentSnapshot.Dimension(d.code(),
                d.title(), d.focusAreas().stream().map(f -> new PlanContentSnapshot.FocusArea(f.code(), f.title(),
                        f.measures().stream().map(m -> new PlanContentSnapshot.Measure(m.id(), m.code(), m.title(),
                                m.text(), m.units(), m.deadlineText(), m.dueDate(), m.cadence(), m.expectedBenefit()))
                                .toList()))
                        .toList()))
                .toList());
    }

    private List<TrackedMeasure> trackedMeasures() {
        return measures().map(m -> new TrackedMeasure(m.id(), m.code(), m.title(), m.units(), m.dueDate(), m.cadence(),
                m.deadlineText())).toList();
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new RuleViolationException("not-editable",
                    "the plan is " + status + "; only a draft or a returned plan can be changed or submitted");
        }
    }

    private void replaceMeasure(String measureId, UnaryOperator<Measure> change) {
        dimensions = dimensions.stream().map(d -> new Dimension(d.code(), d.title(), d.focusAreas().stream()
                .map(f -> new FocusArea(f.code(), f.title(), f.measures().stream()
                        .map(m -> m.id().equals(measureId) ? change.apply(m) : m).toList()))
                .toList())).toList();
    }

    private Measure measure(String measureId) {
        Measure m = findMeasure(measureId);
        if (m == null) {
            throw new NotFoundException("measure", measureId);
        }
        return m;
    }

    private Measure findMeasure(String measureId) {
        return measures().filter(m -> Objects.equals(m.id(), measureId)).findFirst().orElse(null);
    }

    public Stream<Measure> measures() {
        return dimensions.stream().flatMap(d -> d.focusAreas().stream()).flatMap(f -> f.measures().stream());
    }

    public String getAgencyId() {
        return agencyId;
    }

    /** The body that reviews it, as of the last submission; null while never submitted. */
    public String getSupervisingBodyId() {
        return supervisingBodyId;
    }

    public int getRocYear() {
        return rocYear;
    }

    public String getTitle() {
        return title;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public List<Dimension> getDimensions() {
        return dimensions;
    }

    public List<ReviewComment> getReviewComments() {
        return reviewComments;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}

package tw.uplift.plan.authoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.mongodb.core.mapping.Document;
import tw.uplift.contracts.plan.AnnualResultsSubmitted;
import tw.uplift.contracts.plan.ItemComment;
import tw.uplift.contracts.plan.MeasureCompleted;
import tw.uplift.contracts.plan.MeasureProgressReported;
import tw.uplift.contracts.plan.PlanAmended;
import tw.uplift.contracts.plan.PlanApproved;
import tw.uplift.contracts.plan.PlanClosed;
import tw.uplift.contracts.plan.PlanContentSnapshot;
import tw.uplift.contracts.plan.PlanPublished;
import tw.uplift.contracts.plan.PlanReturned;
import tw.uplift.contracts.plan.PlanSubmitted;
import tw.uplift.contracts.plan.TrackedMeasure;
import tw.uplift.contracts.review.PlanReviewDecided;
import tw.uplift.contracts.review.ReviewDecision;
import tw.uplift.contracts.survey.SurveyResultsPublished;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.RocYear;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.organisations.Agency;
import tw.uplift.plan.authoring.PlanHistoryEntry.Action;
import tw.uplift.plan.authoring.ProgressReport.ProgressStatus;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.domain.RuleViolationException;
import tw.uplift.platform.events.EventPosition;
import tw.uplift.platform.outbox.OutboxAggregate;

/**
 * One agency's service improvement plan (提升服務執行計畫) for one ROC year, through its whole year: written, confirmed
 * by the agency head, reviewed, approved and published, reported on, amended, handed in and closed. It decides every
 * change and records the event for it, keeps every submitted revision and a history of who did what; the application
 * services only load and save it.
 */
@Document("plans")
public class Plan extends OutboxAggregate {

    private String agencyId;
    /** The body that reviews it, as of the last submission. */
    private String supervisingBodyId;
    private int rocYear;
    private PlanText text;
    private PlanStatus status;
    /** 0 while never submitted; each submission and each amendment is a new revision. */
    private int revision;
    /** Where a plan awaiting the head goes back to if sent back: DRAFT or RETURNED. */
    private PlanStatus statusBeforeRequest;
    /** Who asked the head to confirm the submission under way, or null. */
    private String submissionRequestedBy;
    private List<ReviewComment> reviewComments = new ArrayList<>();
    private List<PlanRevision> revisions = new ArrayList<>();
    private List<PlanHistoryEntry> history = new ArrayList<>();
    private List<ProgressReport> progress = new ArrayList<>();
    private List<SurveyEvidence> surveyResults = new ArrayList<>();
    /** The latest verdict of a routine check on each measure (解除列管 / 持續列管), at most one per measure. */
    private List<TrackingDecision> trackingDecisions = new ArrayList<>();
    /** Corrective actions (改善事項) raised about its measures, open or answered. */
    private List<CorrectiveAction> correctiveActions = new ArrayList<>();
    /** The plan of the year before this one was copied from, or null. */
    private String copiedFromPlanId;
    private Instant createdAt;
    private Instant submittedAt;
    private Instant decidedAt;
    private Instant approvedAt;

    protected Plan() {
    }

    private Plan(String id, String agencyId, int rocYear, PlanText text, Instant at) {
        super(id);
        this.agencyId = agencyId;
        this.rocYear = rocYear;
        this.text = text;
        this.status = PlanStatus.DRAFT;
        this.createdAt = at;
    }

    /** A new draft plan for an agency. */
    public static Plan draft(String id, String agencyId, int rocYear, PlanText text, String actor, Instant at) {
        Plan plan = new Plan(id, agencyId, rocYear, text, at);
        plan.log(at, actor, Action.CREATED, null);
        return plan;
    }

    /**
     * Next year's draft from this plan (複製去年計畫): the same text, deadlines read again for the new year, every
     * measure remembering the one it came from, and those not completed marked as carried over (延續辦理).
     */
    public Plan copyToNextYear(String newId, PlanText nextYearText, String actor, Instant at) {
        Plan next = new Plan(newId, agencyId, rocYear + 1, nextYearText, at);
        next.copiedFromPlanId = id;
        next.log(at, actor, Action.COPIED, "from " + RocYear.of(rocYear) + " (" + id + ")");
        return next;
    }

    /** Replaces the text, each measure still knowing where it came from; only while a draft or returned. */
    public void revise(PlanText newText) {
        requireStatus("change", PlanStatus.DRAFT, PlanStatus.RETURNED);
        Map<String, Measure> before = measures().collect(Collectors.toMap(Measure::id, Function.identity()));
        this.text = new PlanText(newText.title(), newText.frameworkId(), newText.header(), mapMeasures(
                newText.dimensions(), m -> before.containsKey(m.id()) ? m.keepingLineageOf(before.get(m.id())) : m));
    }

    /**
     * The clerk asks the agency head to confirm the submission (陳核): the plan waits for the head and cannot be
     * changed meanwhile.
     */
    public void requestSubmission(String clerk, Instant at) {
        requireStatus("submit", PlanStatus.DRAFT, PlanStatus.RETURNED);
        requireSubmittable();
        statusBeforeRequest = status;
        submissionRequestedBy = clerk;
        status = PlanStatus.AWAITING_HEAD;
        log(at, clerk, Action.SUBMISSION_REQUESTED, null);
    }

    /** The head does not confirm: the plan goes back to the clerk as it was, with the head's reason. */
    public void sendBack(String head, String reason, Instant at) {
        requireStatus("send back", PlanStatus.AWAITING_HEAD);
        status = statusBeforeRequest == null ? PlanStatus.DRAFT : statusBeforeRequest;
        submissionRequestedBy = null;
        log(at, head, Action.SENT_BACK, reason);
    }

    /**
     * The agency head confirms and the plan goes to the supervising body (送審): a new revision, kept, and a
     * {@code PlanSubmitted} carrying its content, so the reviewer reviews exactly what was submitted. A head may
     * also submit a draft directly (their own confirmation).
     */
    public void submit(Agency agency, String head, Instant at) {
        requireStatus("submit", PlanStatus.AWAITING_HEAD, PlanStatus.DRAFT, PlanStatus.RETURNED);
        requireSubmittable();
        String submittedBy = submissionRequestedBy == null ? head : submissionRequestedBy;
        revision++;
        supervisingBodyId = agency.supervisingBodyId();
        status = PlanStatus.SUBMITTED;
        submittedAt = at;
        submissionRequestedBy = null;
        statusBeforeRequest = null;
        reviewComments = new ArrayList<>();
        revisions.add(new PlanRevision(revision, PlanRevision.Kind.SUBMISSION, text, submittedBy, head, at, null,
                List.of(), null, null));
        log(at, head, Action.SUBMITTED, null);
        record(new PlanSubmitted(id, agencyId, agency.name(), agency.parentId(), agency.supervisingBodyId(), rocYear,
                text.title(), revision, (int) measures().count(), submittedBy, at, contentSnapshot()), at);
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
        List<ItemComment> comments = decision.comments() == null ? List.of() : decision.comments();
        List<ReviewComment> given = comments.stream().map(c -> new ReviewComment(c.itemRef(), c.comment())).toList();
        String reviewer = "review:" + decision.reviewerId();
        if (decision.decision() == ReviewDecision.APPROVED) {
            decideRevision(PlanRevision.Outcome.APPROVED, given, at);
            status = PlanStatus.APPROVED;
            approvedAt = at;
            log(at, reviewer, Action.APPROVED, null);
            record(new PlanApproved(id, agencyId, supervisingBodyId, rocYear, revision, trackedMeasures(), at), at);
            // Approved plans are published on the agency's public page right away (計畫經審定後公開於機關網站).
            status = PlanStatus.PUBLISHED;
            log(at, "uplift", Action.PUBLISHED, publicUrl);
            record(new PlanPublished(id, agencyId, rocYear, publicUrl, at), at);
        } else {
            decideRevision(PlanRevision.Outcome.RETURNED, given, at);
            status = PlanStatus.RETURNED;
            reviewComments = new ArrayList<>(given);
            log(at, reviewer, Action.RETURNED, given.size() + " comment(s)");
            record(new PlanReturned(id, agencyId, revision, comments, at), at);
        }
        return true;
    }

    /**
     * Amends the approved plan during the year (計畫修正): a new revision, kept, and a {@code PlanAmended} carrying
     * every measure's deadline so the tracker re-registers them. Completion and overdue stay with a measure whose
     * deadline did not change.
     *
     * @param summary what changed, in words (from the change view)
     */
    public void amend(PlanText amended, String summary, String clerk, Instant at) {
        requireStatus("amend", PlanStatus.APPROVED, PlanStatus.PUBLISHED);
        if (amended.measures().findAny().isEmpty()) {
            throw new RuleViolationException("empty-plan", "dimensions", "a plan needs at least one measure");
        }
        Map<String, Measure> before = measures().collect(Collectors.toMap(Measure::id, Function.identity()));
        text = new PlanText(amended.title(), amended.frameworkId(), amended.header(),
                mapMeasures(amended.dimensions(), m -> before.containsKey(m.id()) ? m.keepingStateOf(before.get(m.id())) : m));
        requireSmallEnough(contentSnapshot());
        revision++;
        revisions.add(new PlanRevision(revision, PlanRevision.Kind.AMENDMENT, text, clerk, null, at, null, List.of(),
                null, summary));
        log(at, clerk, Action.AMENDED, summary);
        record(new PlanAmended(id, agencyId, revision, summary, at, supervisingBodyId, rocYear, trackedMeasures()), at);
    }

    /**
     * A unit reports progress on a measure for a period (填報執行成果). A report saying DONE completes the measure, so
     * the tracker stops chasing it. A second report for the same measure and period corrects the first.
     */
    public ProgressReport reportProgress(ProgressReport report, Instant at) {
        requireStatus("report progress on", PlanStatus.APPROVED, PlanStatus.PUBLISHED);
        Measure measure = measure(report.measureId());
        ReportingPeriod period = ReportingPeriod.parse(report.period())
                .orElseThrow(() -> new RuleViolationException("unknown-period", "period", "no reporting period "
                        + report.period()));
        checkPeriod(measure, period, TaipeiTime.dateOf(at));
        progress.removeIf(p -> p.id().equals(report.id()));
        progress.add(report);
        log(at, report.reportedBy(), Action.PROGRESS_REPORTED, measureLabel(measure) + " " + report.period());
        record(new MeasureProgressReported(measure.id(), id, agencyId, report.id(), report.period(), report.percent(),
                report.narrative(), at), at);
        if (report.status() == ProgressStatus.DONE && !measure.completed()) {
            completeMeasure(measure.id(), report.reportedBy(), at);
        }
        return report;
    }

    /** The reporting periods a measure reports on: its cadence's, or quarters for a dated measure. */
    public static ReportingPeriod.Cadence reportingCadence(Measure measure) {
        return measure.cadence() == null ? ReportingPeriod.Cadence.QUARTERLY
                : ReportingPeriod.Cadence.parse(measure.cadence());
    }

    private void checkPeriod(Measure measure, ReportingPeriod period, LocalDate today) {
        RocYear year = RocYear.of(rocYear);
        if (period.cadence() != reportingCadence(measure)) {
            throw new RuleViolationException("wrong-period", "period", "measure " + measureLabel(measure)
                    + " reports per " + reportingCadence(measure) + ", not per " + period.cadence());
        }
        if (period.lastDay().isBefore(year.firstDay()) || period.firstDay().isAfter(year.lastDay())) {
            throw new RuleViolationException("wrong-period", "period", "period " + period + " is outside the plan year "
                    + year.gregorian());
        }
        if (period.firstDay().isAfter(today)) {
            throw new RuleViolationException("future-period", "period", "period " + period
                    + " has not begun; report on it once it has");
        }
    }

    /** Marks a measure done (完成); the deadline tracker then stops chasing it. */
    public void completeMeasure(String measureId, String actor, Instant at) {
        requireStatus("complete a measure of", PlanStatus.APPROVED, PlanStatus.PUBLISHED);
        Measure measure = measure(measureId);
        if (measure.completed()) {
            throw new RuleViolationException("already-completed", "measureId", "this measure is already completed");
        }
        replaceMeasure(measureId, m -> m.complete(at));
        log(at, actor, Action.MEASURE_COMPLETED, measureLabel(measure));
        record(new MeasureCompleted(measureId, id, agencyId, at), at);
    }

    /** The agency head hands in the year's results for the annual review (提報年度執行成果); the plan is then frozen. */
    public void submitResults(String head, Instant at) {
        requireStatus("hand in the results of", PlanStatus.APPROVED, PlanStatus.PUBLISHED);
        status = PlanStatus.RESULTS_SUBMITTED;
        log(at, head, Action.RESULTS_SUBMITTED, null);
        record(new AnnualResultsSubmitted(id, agencyId, rocYear, at), at);
    }

    /**
     * Closes the year (結案) once the results are reviewed. Closing a closed plan again changes nothing.
     *
     * @return whether the plan changed
     */
    public boolean close(String actor, Instant at) {
        if (status == PlanStatus.CLOSED) {
            return false;
        }
        requireStatus("close", PlanStatus.RESULTS_SUBMITTED);
        status = PlanStatus.CLOSED;
        log(at, actor, Action.CLOSED, null);
        record(new PlanClosed(id, agencyId, rocYear, at), at);
        return true;
    }

    /**
     * Notes that a measure's deadline passed undone (from the deadline tracker). Ignored for completed
     * measures, repeated notices and notices older than one already applied from the same deadline.
     *
     * @param position where the notice stands among its deadline's events
     * @return whether the plan changed
     */
    public boolean markOverdue(String measureId, LocalDate since, EventPosition position) {
        Measure measure = findMeasure(measureId).orElse(null);
        if (measure == null || measure.completed() || measure.overdue() || !applyInOrder(position)) {
            return false;
        }
        replaceMeasure(measureId, m -> m.markOverdue(since));
        return true;
    }

    /**
     * A survey's results arrive as evidence for a measure of this plan. The newest publication of a survey replaces
     * the older; a redelivered or overtaken one changes nothing.
     *
     * @return whether the plan changed
     */
    public boolean addSurveyResults(SurveyResultsPublished results, EventPosition position) {
        if (results.measureId() == null || findMeasure(results.measureId()).isEmpty() || !applyInOrder(position)) {
            return false;
        }
        surveyResults.removeIf(s -> s.surveyId().equals(results.surveyId()));
        surveyResults.add(new SurveyEvidence(results.surveyId(), results.measureId(), results.responses(),
                results.satisfactionRate(), results.effectiveThreshold(), results.publishedAt()));
        return true;
    }

    /**
     * A reviewer released a measure from tracking or kept it tracked (列管決定), in a routine check. The latest
     * verdict stands: one decided earlier than the verdict in force, arriving late, changes nothing, nor does a
     * verdict already applied. A verdict that raises a corrective action notes it on the measure whatever its age,
     * since the action is open either way.
     *
     * @return whether the plan changed
     */
    public boolean decideTracking(TrackingDecision decision, CorrectiveAction raised) {
        if (findMeasure(decision.measureId()).isEmpty()) {
            return false;
        }
        boolean changed = false;
        if (decision.supersedes(trackingDecisionOf(decision.measureId()).orElse(null))) {
            trackingDecisions.removeIf(d -> d.measureId().equals(decision.measureId()));
            trackingDecisions.add(decision);
            changed = true;
        }
        return (raised != null && noteCorrectiveAction(raised)) || changed;
    }

    /**
     * A corrective action about one of its measures was opened (CorrectiveActionRequired). An action about no
     * measure of this plan is not the plan's to show.
     *
     * @return whether the plan changed
     */
    public boolean requireCorrection(String actionId, String measureId, String finding, LocalDate dueDate,
            Instant requiredAt) {
        if (measureId == null || findMeasure(measureId).isEmpty()) {
            return false;
        }
        return noteCorrectiveAction(CorrectiveAction.required(actionId, measureId, finding, dueDate, requiredAt));
    }

    /**
     * The agency answered a corrective action (改善情形回復): it is no longer open. An answer that overtook the
     * action is kept, so the action arrives answered.
     *
     * @return whether the plan changed
     */
    public boolean correctionAnswered(String actionId, Instant respondedAt) {
        return noteCorrectiveAction(CorrectiveAction.answered(actionId, respondedAt));
    }

    private boolean noteCorrectiveAction(CorrectiveAction news) {
        CorrectiveAction known = correctiveActions.stream().filter(a -> a.actionId().equals(news.actionId()))
                .findFirst().orElse(null);
        CorrectiveAction merged = known == null ? news : known.with(news);
        if (merged.equals(known)) {
            return false;
        }
        correctiveActions.removeIf(a -> a.actionId().equals(news.actionId()));
        correctiveActions.add(merged);
        return true;
    }

    /** The verdict in force on a measure, if a reviewer gave one. */
    public Optional<TrackingDecision> trackingDecisionOf(String measureId) {
        return trackingDecisions.stream().filter(d -> d.measureId().equals(measureId)).findFirst();
    }

    /** Whether a reviewer released the measure from tracking (解除列管): done, and chased no more. */
    public boolean released(String measureId) {
        return trackingDecisionOf(measureId).map(TrackingDecision::released).orElse(false);
    }

    /** The corrective actions raised about a measure, earliest due first (unknown due dates last). */
    public List<CorrectiveAction> correctiveActionsOf(String measureId) {
        return correctiveActions.stream().filter(a -> Objects.equals(a.measureId(), measureId))
                .sorted(Comparator.comparing(CorrectiveAction::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** A revision as it was submitted. */
    public Optional<PlanRevision> revision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst();
    }

    public Stream<Measure> measures() {
        return text.measures();
    }

    public Optional<Measure> findMeasure(String measureId) {
        return measures().filter(m -> Objects.equals(m.id(), measureId)).findFirst();
    }

    /** Every progress report on one measure, oldest period first. */
    public List<ProgressReport> progressOf(String measureId) {
        return progress.stream().filter(p -> p.measureId().equals(measureId))
                .sorted(java.util.Comparator.comparing(p -> ReportingPeriod.parse(p.period())
                        .map(ReportingPeriod::firstDay).orElse(LocalDate.MIN)))
                .toList();
    }

    public List<SurveyEvidence> surveyResultsOf(String measureId) {
        return surveyResults.stream().filter(s -> s.measureId().equals(measureId)).toList();
    }

    PlanContentSnapshot contentSnapshot() {
        return new PlanContentSnapshot(text.dimensions().stream().map(d -> new PlanContentSnapshot.Dimension(d.code(),
                d.title(), d.focusAreas().stream().map(f -> new PlanContentSnapshot.FocusArea(f.code(), f.title(),
                        f.measures().stream().map(m -> new PlanContentSnapshot.Measure(m.id(), m.code(), m.title(),
                                m.text(), m.units(), m.deadlineText(), m.dueDate(), m.cadence(), m.expectedBenefit()))
                                .toList()))
                        .toList()))
                .toList());
    }

    private List<TrackedMeasure> trackedMeasures() {
        return measures().filter(m -> !m.completed()).map(m -> new TrackedMeasure(m.id(), m.code(), m.title(),
                m.units(), m.dueDate(), m.cadence(), m.deadlineText())).toList();
    }

    private void requireSubmittable() {
        if (measures().findAny().isEmpty()) {
            throw new RuleViolationException("empty-plan", "dimensions", "a plan needs at least one measure to be submitted");
        }
        requireSmallEnough(contentSnapshot());
    }

    private static void requireSmallEnough(PlanContentSnapshot content) {
        if (SubmittedContentSize.estimate(content) > SubmittedContentSize.LIMIT) {
            throw new RuleViolationException("too-large-to-submit", "dimensions", "the plan's content is larger than "
                    + SubmittedContentSize.LIMIT / 1024 + " KiB, more than one submission can carry; shorten the texts");
        }
    }

    /** Refuses an action the plan's state does not allow, naming the state (409). */
    private void requireStatus(String action, PlanStatus allowed, PlanStatus... more) {
        Set<PlanStatus> ok = EnumSet.of(allowed, more);
        if (!ok.contains(status)) {
            throw new RuleViolationException("wrong-state", "status", "cannot " + action + " a plan that is " + status
                    + "; only one that is " + ok.stream().map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    private void decideRevision(PlanRevision.Outcome outcome, List<ReviewComment> comments, Instant at) {
        revisions.replaceAll(r -> r.number() == revision ? r.decided(outcome, comments, at) : r);
    }

    private void log(Instant at, String actor, Action action, String note) {
        history.add(new PlanHistoryEntry(at, actor, action, revision, note));
    }

    private void replaceMeasure(String measureId, UnaryOperator<Measure> change) {
        text = new PlanText(text.title(), text.frameworkId(), text.header(),
                mapMeasures(text.dimensions(), m -> m.id().equals(measureId) ? change.apply(m) : m));
    }

    private static List<Dimension> mapMeasures(List<Dimension> dimensions, UnaryOperator<Measure> change) {
        return dimensions.stream().map(d -> new Dimension(d.code(), d.title(), d.focusAreas().stream()
                .map(f -> new FocusArea(f.code(), f.title(), f.measures().stream().map(change).toList()))
                .toList())).toList();
    }

    private Measure measure(String measureId) {
        return findMeasure(measureId).orElseThrow(() -> new NotFoundException("measure", measureId));
    }

    private static String measureLabel(Measure m) {
        return m.code() == null || m.code().isBlank() ? m.title() : m.code() + ". " + m.title();
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

    public PlanText getText() {
        return text;
    }

    public String getTitle() {
        return text.title();
    }

    public PlanHeader getHeader() {
        return text.header();
    }

    public List<Dimension> getDimensions() {
        return text.dimensions();
    }

    public PlanStatus getStatus() {
        return status;
    }

    public int getRevision() {
        return revision;
    }

    public String getSubmissionRequestedBy() {
        return submissionRequestedBy;
    }

    public List<ReviewComment> getReviewComments() {
        return reviewComments;
    }

    public List<PlanRevision> getRevisions() {
        return List.copyOf(revisions);
    }

    public List<PlanHistoryEntry> getHistory() {
        return List.copyOf(history);
    }

    public List<ProgressReport> getProgress() {
        return List.copyOf(progress);
    }

    public List<SurveyEvidence> getSurveyResults() {
        return List.copyOf(surveyResults);
    }

    public String getCopiedFromPlanId() {
        return copiedFromPlanId;
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

    /** When the plan was first approved, or null: its measures are tracked from then. */
    public Instant getApprovedAt() {
        return approvedAt;
    }
}

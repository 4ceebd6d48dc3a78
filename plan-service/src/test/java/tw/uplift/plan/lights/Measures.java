package tw.uplift.plan.lights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.ReportingPeriod.Cadence;

/** Measures as the lights see them, built in the domain's words: {@code Measures.dueOn(d).approvedOn(a).reported(...)}. */
final class Measures {

    private LocalDate trackedSince;
    private final LocalDate dueDate;
    private final Cadence cadence;
    private LocalDate completedOn;
    private LocalDate overdueSince;
    private final List<ReportFact> reports = new ArrayList<>();
    private Verdict verdict = Verdict.NONE;
    private final List<CorrectionFact> corrections = new ArrayList<>();

    private Measures(LocalDate dueDate, Cadence cadence) {
        this.dueDate = dueDate;
        this.cadence = cadence;
    }

    /** A dated measure (完成期限). */
    static Measures dueOn(LocalDate dueDate) {
        return new Measures(dueDate, null);
    }

    /** A continuous measure (持續辦理). */
    static Measures continuous(Cadence cadence) {
        return new Measures(null, cadence);
    }

    /** Neither dated nor continuous. */
    static Measures untracked() {
        return new Measures(null, null);
    }

    Measures approvedOn(LocalDate day) {
        trackedSince = day;
        return this;
    }

    /** A progress report without evidence, on the quarter it was filed in. */
    Measures reported(LocalDate on, int percent) {
        return report(ReportingPeriod.containing(Cadence.QUARTERLY, on), on, percent, false);
    }

    Measures reportedWithEvidence(LocalDate on, int percent) {
        return report(ReportingPeriod.containing(Cadence.QUARTERLY, on), on, percent, true);
    }

    /** A progress report on a named period ({@code 2026-Q3}). */
    Measures reportedFor(String period, LocalDate on, int percent) {
        return report(ReportingPeriod.parse(period).orElseThrow(), on, percent, false);
    }

    Measures report(ReportingPeriod period, LocalDate on, int percent, boolean evidence) {
        reports.add(new ReportFact(period, on, percent, evidence));
        return this;
    }

    Measures completedOn(LocalDate day) {
        completedOn = day;
        return this;
    }

    Measures overdueSince(LocalDate day) {
        overdueSince = day;
        return this;
    }

    Measures verdict(Verdict v) {
        verdict = v;
        return this;
    }

    /** A corrective action (改善事項) raised on a day, to be corrected by another, not answered yet. */
    Measures correctionRequired(LocalDate on, LocalDate dueBy) {
        corrections.add(new CorrectionFact(on, dueBy, null));
        return this;
    }

    /** A corrective action raised and answered (改善情形回復). */
    Measures correctionAnswered(LocalDate on, LocalDate dueBy, LocalDate answeredOn) {
        corrections.add(new CorrectionFact(on, dueBy, answeredOn));
        return this;
    }

    MeasureFacts facts() {
        return new MeasureFacts(trackedSince, dueDate, cadence, completedOn, overdueSince, reports, verdict,
                corrections);
    }

    MeasureLight lightOn(LocalDate today) {
        return LightRules.measure(facts(), today, LightThresholds.DEFAULTS);
    }

    MeasureLight lightOn(LocalDate today, LightThresholds t) {
        return LightRules.measure(facts(), today, t);
    }
}

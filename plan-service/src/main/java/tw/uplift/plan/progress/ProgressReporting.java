package tw.uplift.plan.progress;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import tw.uplift.contracts.values.DerivedId;
import tw.uplift.contracts.values.ReportingPeriod;
import tw.uplift.contracts.values.TaipeiTime;
import tw.uplift.plan.authoring.Evidence;
import tw.uplift.plan.authoring.Measure;
import tw.uplift.plan.authoring.Plan;
import tw.uplift.plan.authoring.PlanAuthoring;
import tw.uplift.plan.authoring.ProgressReport;
import tw.uplift.plan.evidence.EvidenceContentCheck;
import tw.uplift.plan.evidence.EvidenceFiles;
import tw.uplift.plan.evidence.EvidenceLinks;
import tw.uplift.plan.evidence.RefusedInput;
import tw.uplift.platform.domain.NotFoundException;
import tw.uplift.platform.security.CurrentUser;

/**
 * Reporting progress on a plan's measures (填報執行成果): a report per measure and period with its evidence, filed by
 * the staff or the head of the plan's agency while the plan is approved (the plan decides the period and emits
 * {@code MeasureProgressReported}, and {@code MeasureCompleted} for a report saying DONE); the periods a measure may
 * be reported on now; and what is due or late.
 */
@Service
public class ProgressReporting {

    private final PlanAuthoring authoring;
    private final EvidenceFiles files;
    private final Clock clock;

    public ProgressReporting(PlanAuthoring authoring, EvidenceFiles files, Clock clock) {
        this.authoring = authoring;
        this.files = files;
        this.clock = clock;
    }

    /** How the evidence of a report already filed for the same period is treated. */
    public enum EarlierEvidence {
        /** The new report says all its evidence (the API: the client sends the whole report). */
        REPLACE,
        /**
         * The files and links of the report it corrects stay, the new ones are added (the page: a file input cannot
         * show the files chosen last time, so sending the form again must not drop them).
         */
        KEEP
    }

    /**
     * Files a report, or corrects the one filed for the same measure and period: one report per measure and period,
     * its id derived from them, so a report sent twice is one report.
     *
     * @throws RefusedInput      naming the fields that are wrong (400)
     * @throws NotFoundException for a plan the caller does not see, or a measure it does not have (404)
     * @throws tw.uplift.platform.domain.RuleViolationException for a plan not approved or a period it does not take
     *         (409, naming {@code status} or {@code period})
     */
    public ProgressReport report(CurrentUser user, String planId, String measureId, ProgressEntry entry,
            EarlierEvidence earlier) {
        Plan seen = files.reportable(user, planId); // who may not report is told so, not what is wrong with the entry
        if (seen.findMeasure(measureId).isEmpty()) {
            throw new NotFoundException("measure", measureId);
        }
        List<RefusedInput.Reason> problems = entry.problems();
        if (!problems.isEmpty()) {
            throw new RefusedInput(problems);
        }
        ReportingPeriod period = ReportingPeriod.parse(entry.period()).orElseThrow();
        String reportId = reportId(planId, measureId, period);
        List<Evidence> given = new ArrayList<>(files.asEvidence(planId, entry.fileIds()));
        entry.links().forEach(l -> given.add(Evidence.link(EvidenceLinks.nameOf(l.name(), l.url()), l.url().strip())));
        return authoring.change(user, planId, plan -> {
            List<Evidence> evidence = earlier == EarlierEvidence.KEEP ? withEarlier(plan, measureId, reportId, given)
                    : given;
            ProgressReport report = new ProgressReport(reportId, measureId, period.toString(), entry.status(),
                    entry.percent(), entry.narrative().strip(), ProgressEntry.kept(entry.delayReason()), evidence,
                    user.username(), clock.instant());
            return plan.reportProgress(report, clock.instant());
        });
    }

    /** One report per plan, measure and period: {@code 2026-q3} and {@code 2026-Q3} are the same period. */
    public static String reportId(String planId, String measureId, ReportingPeriod period) {
        return "pr-" + DerivedId.of(planId + "/" + measureId + "/" + period, "progress-report");
    }

    private static List<Evidence> withEarlier(Plan plan, String measureId, String reportId, List<Evidence> given) {
        Set<Evidence> all = new LinkedHashSet<>();
        plan.progressOf(measureId).stream().filter(r -> r.id().equals(reportId)).findFirst()
                .ifPresent(r -> all.addAll(r.evidence()));
        for (Evidence e : given) {
            if (all.stream().noneMatch(kept -> sameThing(kept, e))) {
                all.add(e);
            }
        }
        List<Evidence> evidence = List.copyOf(all);
        if (evidence.stream().filter(e -> e.kind() == Evidence.Kind.FILE).count() > EvidenceFiles.MAX_PER_REPORT) {
            throw RefusedInput.because(EvidenceContentCheck.FIELD, "evidence.refused.tooManyWithEarlier",
                    EvidenceFiles.MAX_PER_REPORT);
        }
        if (evidence.stream().filter(e -> e.kind() == Evidence.Kind.LINK).count() > EvidenceLinks.MAX_PER_REPORT) {
            throw RefusedInput.because("links", "evidence.link.tooManyWithEarlier", EvidenceLinks.MAX_PER_REPORT);
        }
        return evidence;
    }

    private static boolean sameThing(Evidence a, Evidence b) {
        return a.kind() == b.kind() && (a.kind() == Evidence.Kind.FILE ? Objects.equals(a.fileId(), b.fileId())
                : Objects.equals(a.url(), b.url()));
    }

    /**
     * The periods a measure may be reported on now, newest first: {@link ReportablePeriods}, and any period already
     * reported on (so its report can be corrected).
     */
    public List<ReportingPeriod> periodsFor(Plan plan, Measure measure) {
        LocalDate today = TaipeiTime.today(clock);
        Set<ReportingPeriod> periods = new LinkedHashSet<>(ReportablePeriods.of(plan.getRocYear(),
                plan.getApprovedAt() == null ? null : TaipeiTime.dateOf(plan.getApprovedAt()),
                Plan.reportingCadence(measure), today));
        plan.progressOf(measure.id()).forEach(r -> ReportingPeriod.parse(r.period()).ifPresent(periods::add));
        return periods.stream().sorted(Comparator.comparing(ReportingPeriod::firstDay).reversed()).toList();
    }

    /**
     * The reports not filed yet on an approved plan, today: for each measure still being worked on (not completed,
     * with a deadline or a cadence), each period since approval without a report — due while the period runs, late
     * once it has ended. A report counts for the period its own period ends in, as the lights count it.
     */
    public List<OutstandingReport> outstanding(Plan plan) {
        return outstanding(plan, TaipeiTime.today(clock));
    }

    static List<OutstandingReport> outstanding(Plan plan, LocalDate today) {
        if (!plan.getStatus().approved() || plan.getApprovedAt() == null) {
            return List.of();
        }
        LocalDate approvedOn = TaipeiTime.dateOf(plan.getApprovedAt());
        List<OutstandingReport> outstanding = new ArrayList<>();
        // A measure the reviewer released (解除列管) is done as far as the supervising body is concerned: no report owed.
        plan.measures().filter(m -> m.tracked() && !m.completed() && !plan.released(m.id())).forEach(m -> {
            List<ReportingPeriod> reported = plan.progressOf(m.id()).stream()
                    .flatMap(r -> ReportingPeriod.parse(r.period()).stream()).toList();
            List<ReportingPeriod> periods = new ArrayList<>(ReportablePeriods.of(plan.getRocYear(), approvedOn,
                    Plan.reportingCadence(m), today));
            periods.sort(Comparator.comparing(ReportingPeriod::firstDay));
            for (ReportingPeriod p : periods) {
                if (reported.stream().noneMatch(r -> p.contains(r.lastDay()))) {
                    outstanding.add(new OutstandingReport(m.id(), p, p.lastDay(), p.lastDay().isBefore(today)));
                }
            }
        });
        return List.copyOf(outstanding);
    }
}

package tw.uplift.plan.authoring;

import java.time.Instant;
import java.util.List;

/**
 * A unit's progress report on one measure for one reporting period (執行成果填報). A second report for the same
 * measure and period corrects the first.
 *
 * @param id          stable id of the measure and period's report
 * @param measureId   the measure
 * @param period      the reporting period's name ({@code 2026-Q2}, {@code 2026-H1}, see {@code ReportingPeriod})
 * @param status      where the work stands
 * @param percent     how much is done, 0..100
 * @param narrative   what was done (執行情形)
 * @param delayReason why it is behind (落後原因), required when {@link ProgressStatus#BEHIND}
 * @param evidence    files and links that show it
 * @param reportedBy  who reported
 * @param reportedAt  when
 */
public record ProgressReport(String id, String measureId, String period, ProgressStatus status, int percent,
        String narrative, String delayReason, List<Evidence> evidence, String reportedBy, Instant reportedAt) {

    public ProgressReport {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** Where a measure's work stands in a report. */
    public enum ProgressStatus {
        /** 尚未開始 */
        NOT_STARTED,
        /** 執行中 */
        ON_TRACK,
        /** 落後 */
        BEHIND,
        /** 已完成 */
        DONE
    }
}

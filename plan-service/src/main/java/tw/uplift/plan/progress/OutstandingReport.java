package tw.uplift.plan.progress;

import java.time.LocalDate;
import tw.uplift.contracts.values.ReportingPeriod;

/**
 * A progress report not filed yet (待填報 / 逾期未填報) for a measure still being worked on.
 *
 * @param measureId the measure
 * @param period    the period it is for
 * @param dueOn     the period's last day, by which it is due
 * @param late      whether the period has ended without it
 */
public record OutstandingReport(String measureId, ReportingPeriod period, LocalDate dueOn, boolean late) {
}

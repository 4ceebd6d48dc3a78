/**
 * The deadline tracker's domain: a {@link tw.uplift.notification.deadlines.Deadline} per dated obligation
 * (列管事項), the reminder ladder it walks (屆期 → 逾期 → 逾期陳報), the reporting windows of continuous measures
 * (a month, a quarter, a half year or the year, named by the contracts' {@code ReportingPeriod}), each plan as
 * the tracker follows it through its year ({@code TrackedPlan}: approval, amendments, closure), and what each
 * command on a deadline came to ({@code Registration}, {@code Firing}, {@code Closing}). Free of Spring web and
 * Kafka.
 */
package tw.uplift.notification.deadlines;

/**
 * The deadline tracker's domain: a {@link tw.uplift.notification.deadlines.Deadline} per dated obligation
 * (列管事項), the reminder ladder it walks (屆期 → 逾期 → 逾期陳報), the reporting periods of continuous measures,
 * and what each command on a deadline came to ({@code Registration}, {@code Firing}, {@code Closing}).
 * Free of Spring web and Kafka.
 */
package tw.uplift.notification.deadlines;

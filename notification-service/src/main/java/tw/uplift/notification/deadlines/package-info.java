/**
 * The deadline tracker's domain: a {@link tw.uplift.notification.deadlines.Deadline} per dated obligation,
 * the reminder ladder it walks (屆期 → 逾期 → 逾期陳報) and the reporting periods of continuous measures.
 * Free of Spring web and Kafka.
 */
package tw.uplift.notification.deadlines;

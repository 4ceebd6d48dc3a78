/**
 * How the tracker finds due work without scanning: time buckets read by {@code _id}, a cursor, the
 * overdue counter, the open obligations and cadence of each continuous measure, and each plan's latest
 * measure list.
 */
package tw.uplift.notification.deadlines.persistence;

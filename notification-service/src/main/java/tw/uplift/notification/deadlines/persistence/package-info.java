/**
 * How the tracker finds due work without scanning: time buckets read by {@code _id}, a cursor, the
 * overdue counter, and the open obligations of each continuous measure.
 */
package tw.uplift.notification.deadlines.persistence;

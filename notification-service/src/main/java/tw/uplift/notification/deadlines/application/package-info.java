/**
 * What plan and review events mean for deadlines ({@code PlanDeadlines}, {@code ReviewTaskDeadlines}), the
 * tracker that registers, fires and closes them, the scheduler that walks the time buckets, and the queries.
 */
package tw.uplift.notification.deadlines.application;

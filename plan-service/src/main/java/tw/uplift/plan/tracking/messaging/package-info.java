/** The messaging adapter of tracking: overdue notices from {@code deadline-events}. */
package tw.uplift.plan.tracking.messaging;

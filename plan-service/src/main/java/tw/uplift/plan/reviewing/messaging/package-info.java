/** The messaging adapter of reviewing: review decisions and routine-check findings from {@code review-events}. */
package tw.uplift.plan.reviewing.messaging;

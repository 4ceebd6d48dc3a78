/** The messaging adapter of reviewing: review decisions from {@code review-events}. */
package tw.uplift.plan.reviewing.messaging;

/** The events the pre-filled indicators are kept from: plan, deadline, survey and our own review events. */
package tw.uplift.review.indicators.messaging;

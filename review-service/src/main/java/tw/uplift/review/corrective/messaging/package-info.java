/** {@code review-events} read back by review-service: a check's findings open their corrective actions. */
package tw.uplift.review.corrective.messaging;

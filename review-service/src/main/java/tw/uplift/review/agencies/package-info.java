/**
 * What review-service knows about agencies, projected from {@code PlanSubmitted}: the supervising body
 * and parent of each, for tasks whose events do not carry them (survey follow-ups).
 */
package tw.uplift.review.agencies;

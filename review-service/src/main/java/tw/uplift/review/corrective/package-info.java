/**
 * Corrective actions (改善事項): what a routine check found must be corrected, by when. One is opened from the
 * check's {@code MeasureTrackingDecided} (review-service reads its own topic, so the check's findings and the actions
 * they raise can never be half-stored) and publishes {@code CorrectiveActionRequired}, which the deadline tracker
 * chases like a measure.
 */
package tw.uplift.review.corrective;

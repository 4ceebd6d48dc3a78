/** Kafka adapter of the organisation copy: agency and body changes, and the agency of each submitted plan. */
package tw.uplift.review.organisation.messaging;

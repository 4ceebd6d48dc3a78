/** Kafka adapter of review tasks: plan and survey events in (the platform decodes and dead-letters). */
package tw.uplift.review.tasks.messaging;

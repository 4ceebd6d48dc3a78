/**
 * Kafka through Spring Cloud Stream: the publisher the outbox relay uses, the binding conventions
 * (topics, consumer groups, retries, dead-letter topics) derived from one property per consumer, and the
 * dead-letter inbox with its replay.
 */
package tw.uplift.platform.messaging;

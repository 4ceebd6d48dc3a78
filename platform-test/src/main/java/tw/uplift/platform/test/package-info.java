/**
 * Test support for every service: one real Kafka broker (KRaft, in-JVM) and one MongoDB wire-protocol
 * server per test JVM, shared by all test classes and isolated by database and topic names; or, with
 * {@code containers = true}, the same against real {@code mongo} and {@code apache/kafka} images.
 */
package tw.uplift.platform.test;

/**
 * The transactional outbox inside the aggregate document: an aggregate records its events in its own
 * document, written in the same {@code save} as the state change, and the relay publishes and then
 * removes them. MongoDB writes are atomic per document, so a state change and its events are never
 * half-written, and a crash between publish and removal only republishes (consumers dedupe).
 */
package tw.uplift.platform.outbox;

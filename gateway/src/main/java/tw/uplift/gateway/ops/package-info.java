/** The operators' status page: health, outbox backlog, consumer lag, dead letters with replay, and the demo clock. */
package tw.uplift.gateway.ops;

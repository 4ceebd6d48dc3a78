/**
 * The event contract of Uplift: one sealed interface per topic, one record per event type, and the
 * {@link tw.uplift.contracts.EventCatalog} that names them on the wire. Payload changes only add
 * optional fields; anything else is a new type version.
 */
package tw.uplift.contracts;

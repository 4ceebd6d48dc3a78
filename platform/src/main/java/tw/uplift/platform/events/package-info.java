/** Events on the wire: the CloudEvents 1.0 envelope, its Kafka binary-mode headers, and JSON payloads. */
package tw.uplift.platform.events;

/** The audit trail's store: one document per entry, keyed by its position, appended and never changed. */
package tw.uplift.notification.audit.persistence;

/** Appends events to the audit trail, verifies the chain and reads it for the page and the exports. */
package tw.uplift.notification.audit.application;

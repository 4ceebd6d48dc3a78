/** The audit trail for ADMIN: the page {@code /admin/audit}, the chain's verification and the exports. */
package tw.uplift.notification.audit.web;

/** {@code /api/inbox}: the caller's notices, newest first, and marking them read. */
package tw.uplift.notification.inbox.web;
